import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { SelectField } from '~/components/form'
import { DrafSuratSchema } from '~/modules/persuratan/surat-keluar.schema'
import { buatDrafSurat, getAwalanDraf, listPilihanDraf } from '~/modules/persuratan/surat-keluar.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { FormSurat } from './__form-surat'

export const meta: MetaFunction = () => [{ title: 'Surat keluar baru — SIMADU' }]

/** A new draft: pick the jenis naskah, then the form starts from its template and signer. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:surat:own')
	const jenisId = Number(new URL(request.url).searchParams.get('jenis'))
	const [pilihan, awalan] = await Promise.all([listPilihanDraf(), Number.isSafeInteger(jenisId) && jenisId > 0 ? getAwalanDraf(jenisId) : Promise.resolve(null)])
	return { pilihanJenis: pilihan.jenis.map((j) => ({ value: j.value, label: j.label })), pilihanJabatan: pilihan.jabatan, awalan }
}

export async function action({ request }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:surat:own')
	const formData = await request.formData()
	const parsed = parseForm(DrafSuratSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const hasil = await buatDrafSurat(parsed.data, user)
	if (!hasil.ok) return data(formFailure(formData, 'errors' in hasil ? hasil.errors : { _form: [hasil.pesan] }), { status: 400 })
	return redirectWithFlash(`/surat-keluar/${hasil.id}`, { jenis: 'sukses', pesan: 'Draf surat disimpan. Periksa lalu ajukan verifikasi.' })
}

export default function SuratKeluarBaru() {
	const { pilihanJenis, pilihanJabatan, awalan } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	return (
		<>
			<p className="muted">
				<Link to="/surat-keluar">‹ Surat keluar</Link>
			</p>
			<h1>{awalan ? `${awalan.nama} baru` : 'Surat keluar baru'}</h1>
			<Form method="get" className="toolbar">
				<SelectField label="Jenis naskah" name="jenis" options={pilihanJenis} placeholder="Pilih jenis naskah" defaultValue={awalan?.jenisNaskahId ?? ''} required />
				<button type="submit" className={awalan ? 'button-sekunder' : undefined}>
					{awalan ? 'Ganti jenis naskah' : 'Lanjut'}
				</button>
			</Form>
			{awalan ? (
				<>
					<p className="muted">Isi surat berasal dari templat jenis naskah; ganti teks dalam kurung siku. Setiap penyimpanan sebelum diajukan menimpa versi 1.</p>
					<FormSurat
						key={awalan.jenisNaskahId}
						result={result}
						awal={{
							klasifikasiKode: '',
							sifat: 'biasa',
							urgensi: 'biasa',
							perihal: '',
							tujuan: '',
							tembusan: '',
							isi: awalan.templat,
							lampiran: '',
							ukuranKertas: 'A4',
							jabatanPenandatanganId: awalan.jabatanPenandatanganId,
						}}
						pilihanJabatan={pilihanJabatan}
						tersembunyi={{ jenisNaskahId: awalan.jenisNaskahId }}
						intent="simpan"
						tombol="Simpan draf"
						batalKe="/surat-keluar"
					/>
				</>
			) : (
				<p className="muted">Pilih jenis naskah untuk memulai dari templatnya.</p>
			)}
		</>
	)
}
