import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { listPilihanJabatan } from '~/modules/organisasi/jabatan.server'
import { UbahPegawaiSchema } from '~/modules/organisasi/pegawai.schema'
import { getPegawai, setAktifPegawai, updatePegawai } from '~/modules/organisasi/pegawai.server'
import { versi } from '~/modules/organisasi/schema-umum'
import { listPilihanUnitKerja } from '~/modules/organisasi/unit-kerja.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { conflict, notFound, parseId } from '~/utils/http.server'
import { hasPermission } from '~/utils/permissions.server'
import { PegawaiForm } from './__pegawai-form'

export const meta: MetaFunction = () => [{ title: 'Pegawai — SIMADU' }]

const TIDAK_ADA = 'Pegawai tidak ditemukan.'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:organisasi:any')
	const pegawai = await getPegawai(parseId(params.id))
	if (!pegawai) throw notFound(TIDAK_ADA)
	const [unit, jabatan] = await Promise.all([listPilihanUnitKerja(), listPilihanJabatan()])
	return {
		pegawai,
		pilihan: { unit, jabatan },
		bolehUbah: hasPermission(user.authority, 'update:organisasi:any'),
		bolehLihatAkun: hasPermission(user.authority, 'read:pengguna:any'),
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:organisasi:any')
	const id = parseId(params.id)
	const formData = await request.formData()
	const intent = formData.get('intent')
	if (intent === 'nonaktifkan' || intent === 'aktifkan') {
		const parsed = parseForm(z.object({ version: versi }), formData)
		if (!parsed.ok) return data(parsed, { status: 400 })
		const result = await setAktifPegawai(id, { aktif: intent === 'aktifkan', version: parsed.data.version })
		if (!result) throw notFound(TIDAK_ADA)
		if (!result.ok) throw conflict()
		const pesan = intent === 'aktifkan' ? 'Pegawai diaktifkan kembali.' : 'Pegawai dinonaktifkan.'
		return redirectWithFlash(`/admin/pegawai/${id}`, { jenis: 'sukses', pesan })
	}
	const parsed = parseForm(UbahPegawaiSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const result = await updatePegawai(id, parsed.data)
	if (!result) throw notFound(TIDAK_ADA)
	if (!result.ok && 'konflik' in result) throw conflict()
	if (!result.ok) return data(formFailure(formData, result.errors), { status: 400 })
	return redirectWithFlash(`/admin/pegawai/${id}`, { jenis: 'sukses', pesan: 'Data pegawai disimpan.' })
}

export default function RincianPegawai() {
	const { pegawai, pilihan, bolehUbah, bolehLihatAkun } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	return (
		<>
			<h1>{pegawai.nama}</h1>
			<div className="card">
				<dl className="detail">
					<dt>Status</dt>
					<dd>{pegawai.aktif ? <span className="badge badge-hijau">Aktif</span> : <span className="badge badge-merah">Nonaktif</span>}</dd>
					<dt>Akun SIMADU</dt>
					<dd>
						{pegawai.penggunaId === null ? (
							<span className="muted">Belum punya akun.</span>
						) : bolehLihatAkun ? (
							<Link to={`/admin/pengguna/${pegawai.penggunaId}`}>{pegawai.username}</Link>
						) : (
							pegawai.username
						)}
					</dd>
				</dl>
			</div>
			<PegawaiForm result={result} initial={pegawai} pilihan={pilihan} bolehUbah={bolehUbah} />
			{bolehUbah ? (
				<Form method="post" className="card">
					<input type="hidden" name="version" value={pegawai.version} />
					{pegawai.aktif ? (
						<>
							<p className="muted">
								Pegawai tidak dihapus agar riwayatnya tetap utuh. Menonaktifkan pegawai tidak menonaktifkan akunnya; atur akun di halaman pengguna.
							</p>
							<button type="submit" name="intent" value="nonaktifkan" className="button-bahaya">
								Nonaktifkan pegawai
							</button>
						</>
					) : (
						<button type="submit" name="intent" value="aktifkan">
							Aktifkan kembali
						</button>
					)}
				</Form>
			) : null}
		</>
	)
}
