import { data, type LoaderFunctionArgs } from '@remix-run/node'
import { Outlet, useLoaderData } from '@remix-run/react'
import { AppShell } from '~/components/app-shell'
import { getProfilKantorSingkat } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUser } from '~/utils/auth.server'
import { readFlash } from '~/utils/flash.server'
import { menuFor } from '~/utils/menu.server'
import { hasPermission } from '~/utils/permissions.server'
import { hitungBelumDibaca } from '~/workflow/notifikasi.server'

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	const punyaKotakMasuk = hasPermission(user.authority, 'read:alur:own')
	const [kantor, { flash, headers }, belumDibaca] = await Promise.all([
		getProfilKantorSingkat(),
		readFlash(request),
		punyaKotakMasuk ? hitungBelumDibaca(user.id) : null,
	])
	return data(
		{
			user: { nama: user.nama, jabatan: user.jabatan, unit: user.unit, username: user.username },
			kantor,
			menu: menuFor(user.authority),
			flash,
			notifikasi: belumDibaca === null ? null : { belumDibaca },
		},
		{ headers },
	)
}

export default function AppLayout() {
	const { user, kantor, menu, flash, notifikasi } = useLoaderData<typeof loader>()
	return (
		<AppShell user={user} kantor={kantor} menu={menu} flash={flash} notifikasi={notifikasi}>
			<Outlet />
		</AppShell>
	)
}
