import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { FormError, InputField, SelectField, SubmitButton, TextareaField, fieldProps, type ActionFailure } from '~/components/form'
import { PersyaratanSchema, UbahJenisLayananSchema, UbahPersyaratanSchema, labelPeristiwa } from '~/modules/layanan/katalog-admin.schema'
import {
	getJenisLayananAdmin,
	hapusPersyaratan,
	pilihanDefinisiLayanan,
	pilihanUnitLayanan,
	pindahkanPersyaratan,
	tambahPersyaratan,
	ubahPersyaratan,
	updateJenisLayanan,
	type PersyaratanAdminRow,
} from '~/modules/layanan/katalog-admin.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { conflict, notFound } from '~/utils/http.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.layanan.nama ?? 'Layanan'} — SIMADU` }]

const TIDAK_ADA = 'Layanan tidak ditemukan.'
const SYARAT_TIDAK_ADA = 'Persyaratan tidak ditemukan; mungkin sudah dihapus. Muat ulang halaman.'

export async function loader({ request, params }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:layanan:any')
	const layanan = await getJenisLayananAdmin(params.kode ?? '')
	if (!layanan) throw notFound(TIDAK_ADA)
	const unit = await pilihanUnitLayanan(layanan.unitKode)
	return { layanan, pilihan: { unit, definisi: pilihanDefinisiLayanan() } }
}

type Bagian = 'layanan' | 'syarat-baru' | `syarat-${number}`

/** Which form on the page an error belongs to, so only that one shows it and keeps its values. */
const gagalDi = (bagian: Bagian, failure: ActionFailure) => data({ ...failure, bagian }, { status: 400 })

export async function action({ request, params }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:layanan:any')
	const kode = params.kode ?? ''
	const halaman = `/admin/layanan/${encodeURIComponent(kode)}`
	const formData = await request.formData()
	const intent = formData.get('intent')
	const id = Number(formData.get('id'))

	if (intent === 'simpan') {
		const parsed = parseForm(UbahJenisLayananSchema, formData)
		if (!parsed.ok) return gagalDi('layanan', parsed)
		const result = await updateJenisLayanan(kode, parsed.data)
		if (!result) throw notFound(TIDAK_ADA)
		if (!result.ok && 'konflik' in result) throw conflict('Layanan ini sudah diubah orang lain; muat ulang halaman lalu ulangi.')
		if (!result.ok) return gagalDi('layanan', formFailure(formData, result.errors))
		return redirectWithFlash('/admin/layanan', { jenis: 'sukses', pesan: 'Layanan disimpan.' })
	}

	if (intent === 'tambah-syarat') {
		const parsed = parseForm(PersyaratanSchema, formData)
		if (!parsed.ok) return gagalDi('syarat-baru', parsed)
		if (!(await tambahPersyaratan(kode, parsed.data))) throw notFound(TIDAK_ADA)
		return redirectWithFlash(halaman, { jenis: 'sukses', pesan: 'Persyaratan ditambahkan.' })
	}

	if (intent === 'ubah-syarat') {
		const parsed = parseForm(UbahPersyaratanSchema, formData)
		if (!parsed.ok) return gagalDi(`syarat-${id}`, parsed)
		const result = await ubahPersyaratan(kode, parsed.data)
		if (!result) throw notFound(SYARAT_TIDAK_ADA)
		if (!result.ok && 'konflik' in result) throw conflict('Persyaratan ini sudah diubah orang lain; muat ulang halaman lalu ulangi.')
		if (!result.ok) return gagalDi(`syarat-${id}`, formFailure(formData, result.errors))
		return redirectWithFlash(halaman, { jenis: 'sukses', pesan: 'Persyaratan disimpan.' })
	}

	if (intent === 'hapus-syarat') {
		const result = await hapusPersyaratan(kode, { id, version: Number(formData.get('version')) })
		if (!result) throw notFound(SYARAT_TIDAK_ADA)
		if (!result.ok) throw conflict('Persyaratan ini sudah diubah orang lain; muat ulang halaman lalu ulangi.')
		return redirectWithFlash(halaman, { jenis: 'sukses', pesan: 'Persyaratan dihapus.' })
	}

	if (intent === 'naik' || intent === 'turun') {
		if (!(await pindahkanPersyaratan(kode, { id, arah: intent }))) throw notFound(SYARAT_TIDAK_ADA)
		return redirectWithFlash(halaman, { jenis: 'sukses', pesan: 'Urutan persyaratan diubah.' })
	}

	return data(formFailure(formData, { _form: ['Tindakan tidak dikenal; muat ulang halaman.'] }), { status: 400 })
}

type HasilAksi = (ActionFailure & { bagian?: Bagian }) | undefined

export default function UbahLayananPage() {
	const { layanan, pilihan } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>() as HasilAksi
	const hasilUntuk = (bagian: Bagian) => (result?.bagian === bagian ? result : undefined)
	const hasilLayanan = hasilUntuk('layanan') ?? (result && !result.bagian ? result : undefined)
	const field = (name: 'nama' | 'dokumenHasil' | 'keterangan' | 'unitKode' | 'definisiKode') => {
		const props = fieldProps(hasilLayanan, name)
		return { ...props, defaultValue: props.defaultValue ?? layanan[name] ?? '' }
	}
	const centang = (name: 'daring' | 'aktif') => (hasilLayanan ? hasilLayanan.values[name] !== undefined : layanan[name])

	return (
		<>
			<p>
				<Link to="/admin/layanan">← Katalog layanan</Link>
			</p>
			<h1>{layanan.nama}</h1>
			<dl className="detail card">
				<dt>Kode</dt>
				<dd>
					<code>{layanan.kode}</code>
				</dd>
				<dt>Kelompok</dt>
				<dd>{layanan.kelompokLabel}</dd>
				<dt>Formulir isian</dt>
				<dd>{layanan.skema}</dd>
				<dt>Denda keterlambatan</dt>
				<dd>{layanan.peristiwa ? `Ya, peristiwa ${labelPeristiwa(layanan.peristiwa).toLowerCase()}` : 'Tidak ada'}</dd>
				{layanan.definisiWa ? (
					<>
						<dt>SOP lewat WhatsApp</dt>
						<dd>{layanan.definisiWa}</dd>
					</>
				) : null}
			</dl>

			<h2>Data layanan</h2>
			<Form method="post" className="form card" noValidate>
				<FormError result={hasilLayanan} />
				<input type="hidden" name="version" value={layanan.version} />
				<InputField label="Nama layanan" name="nama" required maxLength={200} {...field('nama')} />
				<InputField label="Dokumen hasil" name="dokumenHasil" required maxLength={300} hint="Yang diterima pemohon, mis. Kartu Keluarga." {...field('dokumenHasil')} />
				<TextareaField label="Keterangan" name="keterangan" maxLength={2000} hint="Tampil di halaman layanan publik." {...field('keterangan')} />
				<SelectField label="Unit kerja penanggung jawab" name="unitKode" options={pilihan.unit} placeholder="— Bidang sesuai kelompok layanan —" {...field('unitKode')} />
				<SelectField
					label="SOP yang dijalankan"
					name="definisiKode"
					options={pilihan.definisi}
					required
					hint="Permohonan yang sudah berjalan tetap memakai SOP saat diajukan."
					{...field('definisiKode')}
				/>
				<fieldset className="field">
					<legend className="label">Ketersediaan</legend>
					<div className="checks">
						<label>
							<input type="checkbox" name="daring" value="1" defaultChecked={centang('daring')} />
							<span>Dapat diajukan daring oleh warga</span>
						</label>
						<label>
							<input type="checkbox" name="aktif" value="1" defaultChecked={centang('aktif')} />
							<span>Aktif (tampil di loket dan halaman publik)</span>
						</label>
					</div>
				</fieldset>
				<div className="actions">
					<SubmitButton intent="simpan">Simpan</SubmitButton>
					<Link to="/admin/layanan" className="button button-sekunder">
						Batal
					</Link>
				</div>
			</Form>

			<h2 id="persyaratan">Persyaratan</h2>
			<p className="muted">
				Urutan di sini adalah urutan ceklis di loket dan di halaman publik. Persyaratan wajib harus dicentang sebelum permohonan dinyatakan
				lengkap.
			</p>
			{layanan.persyaratan.length === 0 ? <p className="muted">Belum ada persyaratan.</p> : null}
			<ol style={{ paddingLeft: '1.25rem' }}>
				{layanan.persyaratan.map((s, i) => (
					<li key={s.id}>
						<BarisPersyaratan syarat={s} pertama={i === 0} terakhir={i === layanan.persyaratan.length - 1} result={hasilUntuk(`syarat-${s.id}`)} />
					</li>
				))}
			</ol>

			<h3>Tambah persyaratan</h3>
			<FormPersyaratan result={hasilUntuk('syarat-baru')} />
		</>
	)
}

/** One checklist line: its text, whether it is required, and its place in the list. */
function BarisPersyaratan({ syarat, pertama, terakhir, result }: { syarat: PersyaratanAdminRow; pertama: boolean; terakhir: boolean; result: ActionFailure | undefined }) {
	return (
		<FormPersyaratan result={result} syarat={syarat}>
			{pertama ? null : (
				<SubmitButton intent="naik" className="button-sekunder button-kecil">
					<span aria-hidden="true">↑</span> Naikkan
				</SubmitButton>
			)}
			{terakhir ? null : (
				<SubmitButton intent="turun" className="button-sekunder button-kecil">
					<span aria-hidden="true">↓</span> Turunkan
				</SubmitButton>
			)}
			<button
				type="submit"
				name="intent"
				value="hapus-syarat"
				className="button-bahaya button-kecil"
				onClick={(e) => !confirm(`Hapus persyaratan "${syarat.nama}"?`) && e.preventDefault()}
			>
				Hapus
			</button>
		</FormPersyaratan>
	)
}

/** The form of a checklist line: a new one (no `syarat`) or an existing one with its extra buttons. */
function FormPersyaratan({ result, syarat, children }: { result: ActionFailure | undefined; syarat?: PersyaratanAdminRow; children?: ReactNode }) {
	const field = (name: 'nama' | 'keterangan') => {
		const props = fieldProps(result, name)
		return { ...props, defaultValue: props.defaultValue ?? syarat?.[name] ?? '' }
	}
	const wajib = result ? result.values.wajib !== undefined : (syarat?.wajib ?? true)
	return (
		<Form method="post" className="card" noValidate preventScrollReset>
			<FormError result={result} />
			{syarat ? (
				<>
					<input type="hidden" name="id" value={syarat.id} />
					<input type="hidden" name="version" value={syarat.version} />
				</>
			) : null}
			<div className="form-grid">
				<InputField label="Persyaratan" name="nama" required maxLength={300} {...field('nama')} />
				<InputField label="Keterangan" name="keterangan" maxLength={300} hint="Mis. asli dan fotokopi, bila ada." {...field('keterangan')} />
				<label className="field" style={{ flexDirection: 'row', alignItems: 'center', gap: '0.5rem' }}>
					<input type="checkbox" name="wajib" value="1" defaultChecked={wajib} />
					<span>Wajib</span>
				</label>
			</div>
			<div className="actions" style={{ marginTop: '0.75rem' }}>
				<SubmitButton intent={syarat ? 'ubah-syarat' : 'tambah-syarat'} className={syarat ? 'button-kecil' : undefined}>
					{syarat ? 'Simpan' : 'Tambah persyaratan'}
				</SubmitButton>
				{children}
			</div>
		</Form>
	)
}
