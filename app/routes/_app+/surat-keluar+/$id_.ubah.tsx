import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { UbahSuratSchema } from '~/modules/persuratan/surat-keluar.schema'
import { getSuratUntukUbah, listPilihanDraf, ubahSurat } from '~/modules/persuratan/surat-keluar.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { notFound, parseId } from '~/utils/http.server'
import { alurErrorResponse } from '~/workflow/galat'
import { FormSurat } from './__form-surat'

export const meta: MetaFunction = () => [{ title: 'Ubah surat keluar — SIMADU' }]

const TIDAK_ADA = 'Surat tidak ditemukan.'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:surat:own')
	const surat = await getSuratUntukUbah({ id: parseId(params.id), user }).catch((e: unknown) => {
		throw alurErrorResponse(e)
	})
	if (!surat) throw notFound(TIDAK_ADA)
	return { surat, pilihanJabatan: (await listPilihanDraf()).jabatan }
}

/** A stale form comes back with 409 and everything typed kept, so nothing is lost. */
export async function action({ request, params }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:surat:own')
	const id = parseId(params.id)
	const formData = await request.formData()
	const parsed = parseForm(UbahSuratSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const hasil = await ubahSurat(id, parsed.data, user).catch((e: unknown) => {
		throw alurErrorResponse(e)
	})
	if (!hasil) throw notFound(TIDAK_ADA)
	if (!hasil.ok && 'konflik' in hasil) return data(formFailure(formData, { _form: [hasil.pesan] }), { status: 409 })
	if (!hasil.ok) return data(formFailure(formData, hasil.errors), { status: 400 })
	return redirectWithFlash(`/surat-keluar/${id}`, { jenis: 'sukses', pesan: 'Surat disimpan.' })
}

export default function UbahSuratKeluar() {
	const { surat, pilihanJabatan } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	return (
		<>
			<p className="muted">
				<Link to={`/surat-keluar/${surat.id}`}>‹ Kembali ke surat</Link>
			</p>
			<h1>Ubah {surat.jenisNama.toLowerCase()}</h1>
			<p className="muted">
				{surat.status === 'draf'
					? 'Draf belum diajukan: penyimpanan menimpa versi 1.'
					: surat.versiBaru
						? `Surat dikembalikan untuk revisi. Penyimpanan ini membuat versi ${surat.revisiKe + 1}; versi ${surat.revisiKe} tetap tersimpan seperti saat diverifikasi.`
						: `Menyusun versi ${surat.revisiKe}. Setelah selesai, ajukan kembali dari halaman surat.`}
			</p>
			<FormSurat
				result={result}
				awal={surat.nilai}
				pilihanJabatan={pilihanJabatan}
				intent="simpan"
				tombol={surat.versiBaru ? `Simpan sebagai versi ${surat.revisiKe + 1}` : 'Simpan'}
				batalKe={`/surat-keluar/${surat.id}`}
				catatan={surat.status === 'revisi' ? { wajib: surat.versiBaru } : undefined}
			/>
		</>
	)
}
