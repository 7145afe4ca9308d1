import { data, type LoaderFunctionArgs } from '@remix-run/node'
import { Outlet, useLoaderData } from '@remix-run/react'
import { AppShell } from '~/components/app-shell'
import { getProfilKantorSingkat } from '~/modules/referensi/pengaturan-kantor.server'
import { requireUser } from '~/utils/auth.server'
import { readFlash } from '~/utils/flash.server'
import { menuFor } from '~/utils/menu.server'

export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	const [kantor, { flash, headers }] = await Promise.all([getProfilKantorSingkat(), readFlash(request)])
	return data(
		{
			user: { nama: user.nama, jabatan: user.jabatan, unit: user.unit, username: user.username },
			kantor,
			menu: menuFor(user.authority),
			flash,
		},
		{ headers },
	)
}

export default function AppLayout() {
	const { user, kantor, menu, flash } = useLoaderData<typeof loader>()
	return (
		<AppShell user={user} kantor={kantor} menu={menu} flash={flash}>
			<Outlet />
		</AppShell>
	)
}
