import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { FormError, InputField, SelectField, SubmitButton, TextareaField, fieldProps, type ActionFailure } from '~/components/form'
import { BATAS_BERKAS } from '~/modules/layanan/berkas.server'
import { hariIniKantor } from '~/modules/organisasi/plt.server'
import { ASAL_JENIS_SURAT, BATAS, SIFAT_SURAT, URGENSI_SURAT } from '~/modules/persuratan/surat-masuk.schema'
import { catatSuratMasuk, listPilihanTujuan, listSaranKlasifikasi } from '~/modules/persuratan/surat-masuk.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formatUkuran } from '~/utils/format'
import { formFailure } from '~/utils/forms'
import { parseUpload } from '~/utils/upload.server'

export const meta: MetaFunction = () => [{ title: 'Catat surat masuk — SIMADU' }]

const TERIMA = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png'
const ISIAN = ['nomorSurat', 'tanggalSurat', 'tanggalDiterima', 'asalJenis', 'asal', 'perihal', 'ringkasan', 'sifat', 'urgensi', 'klasifikasiKode', 'lampiran', 'tujuanJabatanId']

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'create:surat-masuk:any')
	const [tujuan, klasifikasi, hariIni] = await Promise.all([listPilihanTujuan(), listSaranKlasifikasi(), hariIniKantor()])
	return { tujuan, klasifikasi, hariIni, batasUkuran: formatUkuran(BATAS_BERKAS.ukuran) }
}

export async function action({ request }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'create:surat-masuk:any')
	const unggah = await parseUpload(request, { field: 'pindaian', maxFileSize: BATAS_BERKAS.ukuran })
	if (!unggah.ok) return data({ ok: false as const, errors: unggah.errors, values: {} }, { status: 400 })
	const formData = unggah.formData
	const isian = Object.fromEntries(ISIAN.map((k) => [k, formData.get(k) ?? undefined]).filter(([, v]) => typeof v === 'string'))
	const berkas = formData.get('pindaian')
	const pindaian = berkas && typeof berkas !== 'string' && berkas.size > 0 ? { nama: berkas.name, bytes: new Uint8Array(await berkas.arrayBuffer()), persyaratanId: null } : null
	const hasil = await catatSuratMasuk({ isian, pindaian, pelaku: user })
	if (!hasil.ok) return data(formFailure(formData, hasil.errors), { status: 400 })
	return redirectWithFlash(`/surat-masuk/${hasil.id}`, {
		jenis: 'sukses',
		pesan: `Surat masuk dicatat dengan nomor agenda ${hasil.nomorAgendaLabel} dan diteruskan kepada pejabat tujuan.`,
	})
}

export default function CatatSuratMasuk() {
	const { tujuan, klasifikasi, hariIni, batasUkuran } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const gagal: ActionFailure | null = result && !result.ok ? result : null
	const nilai = (name: string, awal: string) => fieldProps(gagal, name).defaultValue ?? (gagal ? '' : awal)
	const galatPindaian = gagal?.errors.pindaian?.[0]
	return (
		<>
			<p className="muted">
				<Link to="/surat-masuk">‹ Surat masuk</Link>
			</p>
			<h1>Catat surat masuk</h1>
			<p className="muted">Nomor agenda diberikan otomatis saat surat disimpan. Surat langsung masuk ke daftar tugas pejabat tujuan untuk didisposisikan.</p>
			{gagal ? (
				<div className="alert alert-galat" role="alert">
					Surat belum tersimpan. Periksa isian yang ditandai, lalu pilih ulang berkas pindaian.
				</div>
			) : null}
			<Form method="post" encType="multipart/form-data" className="form" noValidate>
				<FormError result={gagal} />
				<fieldset>
					<legend>Surat</legend>
					<InputField label="Nomor surat" name="nomorSurat" required maxLength={BATAS.nomorSurat} {...fieldProps(gagal, 'nomorSurat')} />
					<InputField label="Tanggal surat" name="tanggalSurat" type="date" required max={hariIni} {...fieldProps(gagal, 'tanggalSurat')} />
					<InputField
						label="Tanggal diterima"
						name="tanggalDiterima"
						type="date"
						required
						max={hariIni}
						error={gagal?.errors.tanggalDiterima?.[0]}
						defaultValue={nilai('tanggalDiterima', hariIni)}
					/>
					<SelectField
						label="Jenis asal surat"
						name="asalJenis"
						options={[...ASAL_JENIS_SURAT]}
						error={gagal?.errors.asalJenis?.[0]}
						defaultValue={nilai('asalJenis', 'instansi')}
					/>
					<InputField label="Asal surat" name="asal" required maxLength={BATAS.asal} hint="Nama instansi/lembaga atau nama pengirim perorangan." {...fieldProps(gagal, 'asal')} />
					<TextareaField label="Perihal" name="perihal" required maxLength={BATAS.perihal} rows={2} {...fieldProps(gagal, 'perihal')} />
					<TextareaField label="Ringkasan isi (tidak wajib)" name="ringkasan" maxLength={BATAS.ringkasan} rows={4} {...fieldProps(gagal, 'ringkasan')} />
					<InputField label="Lampiran (tidak wajib)" name="lampiran" maxLength={BATAS.lampiran} hint="Mis. 1 berkas, 2 lembar." {...fieldProps(gagal, 'lampiran')} />
				</fieldset>
				<fieldset>
					<legend>Penanganan</legend>
					<SelectField label="Sifat" name="sifat" options={[...SIFAT_SURAT]} error={gagal?.errors.sifat?.[0]} defaultValue={nilai('sifat', 'biasa')} />
					<SelectField label="Urgensi" name="urgensi" options={[...URGENSI_SURAT]} error={gagal?.errors.urgensi?.[0]} defaultValue={nilai('urgensi', 'biasa')} />
					<InputField
						label="Kode klasifikasi"
						name="klasifikasiKode"
						required
						maxLength={30}
						list="saran-klasifikasi"
						autoComplete="off"
						hint="Kode klasifikasi arsip, mis. 400.12.2 (Pendaftaran Penduduk)."
						{...fieldProps(gagal, 'klasifikasiKode')}
					/>
					<datalist id="saran-klasifikasi">
						{klasifikasi.map((k) => (
							<option key={k.kode} value={k.kode}>
								{k.nama}
							</option>
						))}
					</datalist>
					<SelectField
						label="Ditujukan kepada"
						name="tujuanJabatanId"
						options={tujuan.pilihan}
						error={gagal?.errors.tujuanJabatanId?.[0]}
						defaultValue={nilai('tujuanJabatanId', tujuan.bakuId ? String(tujuan.bakuId) : '')}
					/>
				</fieldset>
				<div className="field">
					<label htmlFor="pindaian">Pindaian surat</label>
					<input
						id="pindaian"
						type="file"
						name="pindaian"
						accept={TERIMA}
						required
						aria-invalid={galatPindaian ? true : undefined}
						aria-describedby={galatPindaian ? 'pindaian-galat pindaian-petunjuk' : 'pindaian-petunjuk'}
					/>
					<span className="hint" id="pindaian-petunjuk">
						PDF, JPEG atau PNG, paling besar {batasUkuran}.
					</span>
					{galatPindaian ? (
						<span className="error" id="pindaian-galat" role="alert">
							{gagal?.errors.pindaian?.join(' ')}
						</span>
					) : null}
				</div>
				<div>
					<SubmitButton>Simpan dan teruskan</SubmitButton>
				</div>
			</Form>
		</>
	)
}
