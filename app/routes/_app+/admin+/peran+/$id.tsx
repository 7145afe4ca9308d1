import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { HapusPeranSchema, UbahPeranSchema } from '~/modules/akses/peran.schema'
import { deletePeran, getPeran, listSemuaIzin, updatePeran } from '~/modules/akses/peran.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { formatAngka } from '~/utils/format'
import { conflict, notFound, parseId } from '~/utils/http.server'
import { hasPermission } from '~/utils/permissions.server'
import { PeranForm } from './__peran-form'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.peran.nama ?? 'Peran'} — SIMADU` }]

const TIDAK_ADA = 'Peran tidak ditemukan.'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:peran:any')
	const peran = await getPeran(parseId(params.id))
	if (!peran) throw notFound(TIDAK_ADA)
	return { peran, izin: await listSemuaIzin(), bolehUbah: hasPermission(user.authority, 'update:peran:any') }
}

export async function action({ request, params }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:peran:any')
	const id = parseId(params.id)
	const formData = await request.formData()
	if (formData.get('intent') === 'hapus') {
		const parsed = parseForm(HapusPeranSchema, formData)
		if (!parsed.ok) return data(parsed, { status: 400 })
		const result = await deletePeran(id, parsed.data.version)
		if (!result) throw notFound(TIDAK_ADA)
		if (!result.ok && 'konflik' in result) throw conflict()
		if (!result.ok) return data(formFailure(formData, result.errors), { status: 400 })
		return redirectWithFlash('/admin/peran', { jenis: 'sukses', pesan: 'Peran dihapus.' })
	}
	const parsed = parseForm(UbahPeranSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const result = await updatePeran(id, parsed.data)
	if (!result) throw notFound(TIDAK_ADA)
	if (!result.ok && 'konflik' in result) throw conflict()
	if (!result.ok) return data(formFailure(formData, result.errors), { status: 400 })
	return redirectWithFlash(`/admin/peran/${id}`, { jenis: 'sukses', pesan: 'Peran disimpan.' })
}

export default function UbahPeran() {
	const { peran, izin, bolehUbah } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const dipakai = peran.jumlahPengguna + peran.jumlahJabatan > 0
	return (
		<>
			<p>
				<Link to="/admin/peran">‹ Daftar peran</Link>
			</p>
			<h1>
				{peran.nama} {peran.sistem ? <span className="badge badge-abu">Bawaan</span> : null}
			</h1>
			<p className="muted">
				Dipegang langsung oleh {formatAngka(peran.jumlahPengguna)} pengguna dan melekat pada {formatAngka(peran.jumlahJabatan)} jabatan.
			</p>
			{bolehUbah ? (
				<>
					<PeranForm result={result} initial={{ ...peran, izin: peran.izin }} izin={izin} />
					{!peran.sistem && !dipakai ? (
						<Form method="post" onSubmit={(e) => !confirm('Hapus peran ini?') && e.preventDefault()}>
							<input type="hidden" name="version" value={peran.version} />
							<button type="submit" name="intent" value="hapus" className="button-bahaya">
								Hapus peran
							</button>
						</Form>
					) : (
						<p className="hint">
							{peran.sistem ? 'Peran bawaan sistem tidak dapat dihapus.' : 'Peran yang masih dipakai tidak dapat dihapus.'}
						</p>
					)}
				</>
			) : (
				<section className="card">
					<p>
						Kode: <code>{peran.kode}</code>
					</p>
					{peran.deskripsi ? <p>{peran.deskripsi}</p> : null}
					<h2>Izin</h2>
					{peran.izin.length ? (
						<ul>
							{izin
								.filter((i) => peran.izin.includes(i.kode))
								.map((i) => (
									<li key={i.kode}>
										{i.deskripsi} <code>{i.kode}</code>
									</li>
								))}
						</ul>
					) : (
						<p className="muted">Peran ini belum memiliki izin.</p>
					)}
				</section>
			)}
		</>
	)
}
