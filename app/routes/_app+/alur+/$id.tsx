import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { requireUserWithPermission } from '~/utils/auth.server'
import { forbidden, notFound, parseId } from '~/utils/http.server'
import { hasPermission } from '~/utils/permissions.server'
import { ActionBar, BatalkanAlur } from '~/workflow/components/action-bar'
import { RingkasanAlur } from '~/workflow/components/ringkasan-alur'
import { Timeline } from '~/workflow/components/timeline'
import { labelSubjek, tautanSubjek } from '~/workflow/disposisi.schema'
import { AlurError, alurErrorResponse } from '~/workflow/galat'
import { bolehLihatAlur, getHalamanAlur, tanganiIntentAlur } from '~/workflow/subjek.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.halaman.instans.judul ?? 'Alur kerja'} — SIMADU` }]

const DITOLAK = 'Anda tidak terlibat dalam alur kerja ini.'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:alur:own')
	const halaman = await getHalamanAlur({ instansId: parseId(params.id), user })
	if (!halaman) throw notFound('Alur kerja tidak ditemukan.')
	if (!halaman.terlibat && !hasPermission(user.authority, 'read:alur:any')) throw forbidden(DITOLAK)
	return { halaman }
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:alur:own')
	const instansId = parseId(params.id)
	const boleh = await bolehLihatAlur({ instansId, user })
	if (boleh === null) throw notFound('Alur kerja tidak ditemukan.')
	if (!boleh) throw forbidden(DITOLAK)
	const formData = await request.formData()
	const hasil = await tanganiIntentAlur({ formData, instansId, user, kembaliKe: `/alur/${instansId}` })
	if (!hasil) throw alurErrorResponse(new AlurError('Tindakan tidak dikenal.', 400))
	return hasil
}

export default function HalamanAlur() {
	const { halaman } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const failure = result && 'errors' in result ? result : null
	const tautan = tautanSubjek(halaman.instans.subjekJenis, halaman.instans.subjekId, halaman.instans.id)
	return (
		<>
			<p className="muted">
				<Link to="/tugas">‹ Tugas saya</Link>
			</p>
			<h1>{halaman.instans.judul}</h1>
			{tautan ? (
				<p>
					<Link to={tautan}>Buka halaman {labelSubjek(halaman.instans.subjekJenis)} ›</Link>
				</p>
			) : null}
			<RingkasanAlur halaman={halaman} />
			<ActionBar bar={halaman.actionBar} result={failure} />
			<section aria-labelledby="judul-riwayat">
				<h2 id="judul-riwayat">Riwayat</h2>
				<Timeline riwayat={halaman.riwayat} zonaWaktu={halaman.zonaWaktu} />
			</section>
			{halaman.bolehBatalkan ? <BatalkanAlur result={failure} /> : null}
		</>
	)
}
