import { data, type ActionFunctionArgs, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react'
import { useId } from 'react'
import { Tabel, type Column } from '~/components/data-table'
import { FormError, InputField } from '~/components/form'
import { BATAS_HITUNG_PENDUDUK, FIELD_CARI_PENDUDUK, UKURAN_HALAMAN_PENDUDUK } from '~/modules/kependudukan/penduduk.schema'
import {
	cariPenduduk,
	listPilihanWilayahPenduduk,
	semesterPencarianPenduduk,
	type BarisCariPenduduk,
	type PilihanWilayahPenduduk,
} from '~/modules/kependudukan/penduduk.server'
import { audit } from '~/utils/audit.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatAngka, formatTanggal } from '~/utils/format'
import type { FieldErrors } from '~/utils/forms'

export const meta: MetaFunction = () => [{ title: 'Cari penduduk — SIMADU' }]

/** Results carry names of residents: no copy is kept on the way or in the browser's cache. */
export const headers: HeadersFunction = () => ({ 'Cache-Control': 'no-store' })
const noStore = { 'Cache-Control': 'no-store' }

const ID_FORM = 'form-cari-penduduk'
/** Pages only reach the counted matches. */
const HALAMAN_MAKS = Math.ceil(BATAS_HITUNG_PENDUDUK / UKURAN_HALAMAN_PENDUDUK)

const LABEL_KRITERIA: Record<(typeof FIELD_CARI_PENDUDUK)[number], string> = { nik: 'NIK', noKk: 'nomor KK', nama: 'nama', kodeWilayah: 'wilayah' }

/**
 * The page itself holds no personal data: only the semester searched and the areas to choose
 * from. The search is the action, so a NIK or KK number travels in a POST body and never in an
 * address, the history or an access log.
 */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:penduduk:any')
	const [semester, wilayah] = await Promise.all([semesterPencarianPenduduk(), listPilihanWilayahPenduduk()])
	return data({ semester, wilayah }, { headers: noStore })
}

type HasilHalaman = Extract<Awaited<ReturnType<typeof cariPenduduk>>, { ok: true }> & { page: number; halamanTerakhir: number }
type DataAksi = { ok: boolean; errors: FieldErrors; nilai: Record<string, string>; hasil: HasilHalaman | null }

export async function action({ request }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'read:penduduk:any')
	const formData = await request.formData()
	const nilai: Record<string, string> = {}
	for (const nama of FIELD_CARI_PENDUDUK) nilai[nama] = String(formData.get(nama) ?? '').slice(0, 200)
	const diminta = Number.parseInt(String(formData.get('hal') ?? '1'), 10)
	const page = Number.isFinite(diminta) ? Math.min(Math.max(diminta, 1), HALAMAN_MAKS) : 1

	const hasil = await cariPenduduk({ ...nilai, offset: (page - 1) * UKURAN_HALAMAN_PENDUDUK, limit: UKURAN_HALAMAN_PENDUDUK })
	if (!hasil.ok) return data<DataAksi>({ ok: false, errors: hasil.errors, nilai, hasil: null }, { status: 400, headers: noStore })
	// who searched, on what kind of criteria, with how many results: never the values
	const kriteria = FIELD_CARI_PENDUDUK.filter((n) => nilai[n]?.trim())
		.map((n) => LABEL_KRITERIA[n])
		.join(', ')
	await audit({ aksi: 'cari', entitas: 'penduduk', keterangan: `Pencarian penduduk menurut ${kriteria}: ${hasil.lebih ? 'lebih dari ' : ''}${hasil.total} hasil` })
	const halamanTerakhir = Math.max(1, Math.ceil(hasil.total / UKURAN_HALAMAN_PENDUDUK))
	return data<DataAksi>({ ok: true, errors: {}, nilai, hasil: { ...hasil, page, halamanTerakhir } }, { headers: noStore })
}

const KOLOM: Column<BarisCariPenduduk>[] = [
	{ header: 'Nama', cell: (r) => <Link to={`/kependudukan/penduduk/${r.kunci}`}>{r.nama}</Link> },
	{ header: 'NIK', cell: (r) => <span data-testid="nik-samar">{r.nikSamar}</span> },
	{ header: 'Nomor KK', cell: (r) => r.noKkSamar },
	{ header: 'Jenis kelamin', cell: (r) => r.jenisKelamin },
	{ header: 'Umur', numeric: true, cell: (r) => `${formatAngka(r.umur)} th` },
	{
		header: 'Desa/kelurahan',
		cell: (r) => (
			<>
				{r.desa ?? '—'}
				{r.kecamatan ? <div className="muted">{`Kec. ${r.kecamatan}`}</div> : null}
			</>
		),
	},
]

/** A kecamatan (all its desa) or one desa/kelurahan, grouped by kecamatan. */
function PilihWilayah({ wilayah, defaultValue, error }: { wilayah: PilihanWilayahPenduduk[]; defaultValue: string; error?: string }) {
	const id = useId()
	return (
		<div className="field">
			<label htmlFor={id}>Wilayah</label>
			<select id={id} name="kodeWilayah" defaultValue={defaultValue} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-galat` : undefined}>
				<option value="">Semua wilayah</option>
				{wilayah.map((k) => (
					<optgroup key={k.kode} label={`Kecamatan ${k.nama}`}>
						<option value={k.kode}>{`Seluruh Kecamatan ${k.nama}`}</option>
						{k.desa.map((d) => (
							<option key={d.kode} value={d.kode}>
								{d.nama}
							</option>
						))}
					</optgroup>
				))}
			</select>
			{error ? (
				<span className="error" id={`${id}-galat`} role="alert">
					{error}
				</span>
			) : null}
		</div>
	)
}

/** Previous/next submit the same form with another page: the criteria stay in the body. */
function Halaman({ page, terakhir }: { page: number; terakhir: number }) {
	if (terakhir <= 1 && page <= 1) return null
	return (
		<nav className="pagination" aria-label="Halaman hasil">
			<span className="muted">{`Halaman ${formatAngka(page)} dari ${formatAngka(terakhir)}`}</span>
			<span className="actions">
				{page > 1 ? (
					<button type="submit" form={ID_FORM} name="hal" value={Math.min(page - 1, terakhir)} className="button-sekunder button-kecil">
						‹ Sebelumnya
					</button>
				) : null}
				{page < terakhir ? (
					<button type="submit" form={ID_FORM} name="hal" value={page + 1} className="button-sekunder button-kecil">
						Berikutnya ›
					</button>
				) : null}
			</span>
		</nav>
	)
}

export default function CariPenduduk() {
	const { semester, wilayah } = useLoaderData<typeof loader>()
	const aksi = useActionData<typeof action>()
	const navigation = useNavigation()
	const nilai = aksi?.nilai ?? {}
	const galat = (nama: string) => aksi?.errors[nama]?.[0]
	const hasil = aksi?.hasil ?? null

	if (!semester) {
		return (
			<>
				<h1>Cari penduduk</h1>
				<div className="alert alert-info" role="status">
					Belum ada DKB yang diimpor. Pencarian penduduk tersedia setelah DKB semester pertama selesai diimpor.
				</div>
			</>
		)
	}
	return (
		<>
			<h1>Cari penduduk</h1>
			<p className="muted">
				{`Mencari di DKB ${semester.label}${semester.tanggalAcuan ? `, keadaan ${formatTanggal(semester.tanggalAcuan)}` : ''}. `}
				NIK dan nomor KK dicari utuh (16 angka), nama dari awalnya.
				Di daftar hasil NIK dan nomor KK ditampilkan tersamar; data lengkap tampil di halaman rincian dan setiap pembukaannya tercatat.
			</p>
			<FormError result={aksi && !aksi.ok ? { errors: aksi.errors, values: nilai } : null} />
			<Form method="post" id={ID_FORM} className="toolbar" aria-label="Kriteria pencarian penduduk" autoComplete="off">
				<InputField label="NIK" name="nik" inputMode="numeric" maxLength={24} defaultValue={nilai.nik ?? ''} error={galat('nik')} hint="16 angka" />
				<InputField label="Nomor KK" name="noKk" inputMode="numeric" maxLength={24} defaultValue={nilai.noKk ?? ''} error={galat('noKk')} hint="16 angka" />
				<InputField label="Nama" name="nama" type="search" maxLength={120} defaultValue={nilai.nama ?? ''} error={galat('nama')} hint="Awal nama, paling sedikit 2 huruf" />
				<PilihWilayah wilayah={wilayah} defaultValue={nilai.kodeWilayah ?? ''} error={galat('kodeWilayah')} />
				<button type="submit" name="hal" value="1">
					{navigation.state === 'submitting' ? 'Mencari…' : 'Cari'}
				</button>
				<Link className="button button-sekunder" to="/kependudukan/penduduk" reloadDocument>
					Atur ulang
				</Link>
			</Form>

			{hasil ? (
				<section aria-labelledby="judul-hasil">
					<h2 id="judul-hasil" role="status">
						{hasil.lebih ? `Lebih dari ${formatAngka(hasil.total)} penduduk` : `${formatAngka(hasil.total)} penduduk`}
					</h2>
					{hasil.lebih ? (
						<p className="muted">
							Hanya {formatAngka(BATAS_HITUNG_PENDUDUK)} hasil pertama menurut nama yang dapat dibuka; persempit pencarian dengan nama atau wilayah.
						</p>
					) : null}
					<Tabel
						caption="Hasil pencarian penduduk"
						rows={hasil.rows}
						rowKey={(r) => r.kunci}
						empty={hasil.total > 0 ? 'Tidak ada hasil di halaman ini.' : 'Tidak ada penduduk yang cocok dengan kriteria ini.'}
						columns={KOLOM}
					/>
					<Halaman page={hasil.page} terakhir={hasil.halamanTerakhir} />
				</section>
			) : null}
		</>
	)
}
