import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { CheckboxGroup, FormError, InputField, SelectField, SubmitButton, TextareaField, fieldProps } from '~/components/form'
import { MAKS_VERIFIKATOR, UbahJenisNaskahSchema } from '~/modules/persuratan/naskah.schema'
import { getJenisNaskah, listPilihanJabatanKode, updateJenisNaskah } from '~/modules/persuratan/naskah.server'
import { PLACEHOLDER_NOMOR } from '~/modules/persuratan/nomor-surat'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { notFound, parseId } from '~/utils/http.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.jenis.nama ?? 'Jenis naskah'} — SIMADU` }]

const TIDAK_ADA = 'Jenis naskah tidak ditemukan.'

export async function loader({ request, params }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:naskah:any')
	const jenis = await getJenisNaskah(parseId(params.id))
	if (!jenis) throw notFound(TIDAK_ADA)
	return { jenis, pilihanJabatan: await listPilihanJabatanKode() }
}

/** Saved from the version the form was opened at; a stale form comes back 409 with what was typed. */
export async function action({ request, params }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:naskah:any')
	const formData = await request.formData()
	const parsed = parseForm(UbahJenisNaskahSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const hasil = await updateJenisNaskah(parseId(params.id), parsed.data)
	if (!hasil) throw notFound(TIDAK_ADA)
	if (!hasil.ok && 'konflik' in hasil) return data(formFailure(formData, { _form: ['Jenis naskah ini sudah diubah orang lain sejak halaman dibuka. Muat ulang halaman lalu ulangi; isian Anda masih di formulir.'] }), { status: 409 })
	if (!hasil.ok) return data(formFailure(formData, hasil.errors), { status: 400 })
	return redirectWithFlash('/admin/jenis-naskah', { jenis: 'sukses', pesan: 'Jenis naskah disimpan.' })
}

export default function UbahJenisNaskah() {
	const { jenis, pilihanJabatan } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const f = (name: string, awal: string) => {
		const p = fieldProps(result, name)
		return { ...p, defaultValue: p.defaultValue ?? awal }
	}
	const aktif = result ? result.values.aktif !== undefined : jenis.aktif
	return (
		<>
			<p className="muted">
				<Link to="/admin/jenis-naskah">‹ Jenis naskah</Link>
			</p>
			<h1>
				{jenis.nama} <span className="muted">{jenis.kode}</span>
			</h1>
			<Form method="post" className="form card" noValidate>
				<FormError result={result} />
				<input type="hidden" name="version" value={jenis.version} />
				<InputField label="Nama" name="nama" required maxLength={100} {...f('nama', jenis.nama)} />
				<fieldset className="field">
					<legend className="label">Rantai verifikasi (berurutan, sebelum penandatangan)</legend>
					<div className="form-grid">
						{Array.from({ length: MAKS_VERIFIKATOR }, (_, i) => (
							<SelectField
								key={i}
								label={`Verifikator ${i + 1}`}
								name={`verifikator${i + 1}`}
								options={pilihanJabatan}
								placeholder={i === 0 ? 'Pilih jabatan' : '— Tidak ada —'}
								{...f(`verifikator${i + 1}`, jenis.rantaiVerifikasi[i] ?? '')}
							/>
						))}
					</div>
				</fieldset>
				<SelectField label="Jabatan penandatangan (bawaan)" name="jabatanPenandatangan" options={pilihanJabatan} placeholder="Pilih jabatan" required {...f('jabatanPenandatangan', jenis.jabatanPenandatangan)} />
				<InputField
					label="Format nomor"
					name="formatNomor"
					required
					maxLength={120}
					hint={`Penanda: ${PLACEHOLDER_NOMOR.join(', ')}. {nomor} wajib dan ditulis minimal tiga angka (007).`}
					{...f('formatNomor', jenis.formatNomor)}
				/>
				<TextareaField
					label="Templat isi"
					name="templat"
					required
					rows={14}
					style={{ fontFamily: 'ui-monospace, monospace', fontSize: '0.9rem' }}
					hint="HTML sederhana seperti isi surat; dibersihkan saat disimpan."
					{...f('templat', jenis.templat)}
				/>
				<CheckboxGroup legend="Status" name="aktif" options={[{ value: '1', label: 'Aktif (dapat dipakai untuk surat baru)' }]} checked={aktif ? ['1'] : []} />
				<div className="actions">
					<SubmitButton intent="simpan">Simpan</SubmitButton>
					<Link to="/admin/jenis-naskah" className="button button-sekunder">
						Kembali
					</Link>
				</div>
			</Form>
		</>
	)
}
