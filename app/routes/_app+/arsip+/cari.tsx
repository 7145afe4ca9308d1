import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData, useLocation, useNavigation } from '@remix-run/react'
import { Tabel, type Column } from '~/components/data-table'
import { InputField, SelectField } from '~/components/form'
import { Sorotan } from '~/modules/pencarian/components/sorotan'
import { BATAS_HITUNG, JENIS_CARI, SIFAT_CARI, bacaFilterCari } from '~/modules/pencarian/pencarian-surat.schema'
import { cariSuratDanArsip, type BarisCari, type JenisHasil } from '~/modules/pencarian/pencarian-surat.server'
import { labelSifat } from '~/modules/persuratan/surat-masuk.schema'
import { audit } from '~/utils/audit.server'
import { requireUser } from '~/utils/auth.server'
import { formatAngka, formatTanggal } from '~/utils/format'
import { forbidden } from '~/utils/http.server'
import { readPage } from '~/utils/pagination.server'
import { hasPermission } from '~/utils/permissions.server'

export const meta: MetaFunction = () => [{ title: 'Cari surat & arsip — SIMADU' }]

/**
 * One search over surat masuk, surat keluar and berkas arsip. A GET form: its filters hold no
 * personal data, and a search can be bookmarked or shared. Letters need 'read:surat:any', berkas
 * 'read:arsip:any'; either opens the page and the search covers what the user may read.
 */
export async function loader({ request }: LoaderFunctionArgs) {
	const user = await requireUser(request)
	const boleh = { surat: hasPermission(user.authority, 'read:surat:any'), arsip: hasPermission(user.authority, 'read:arsip:any') }
	if (!boleh.surat && !boleh.arsip) {
		await audit({ aksi: 'akses-ditolak', entitas: 'izin', entitasId: 'read:arsip:any', keterangan: new URL(request.url).pathname })
		throw forbidden('Anda tidak memiliki izin "read:arsip:any" atau "read:surat:any" untuk membuka halaman ini.')
	}
	const url = new URL(request.url)
	const baca = bacaFilterCari(url)
	if (!baca.ok) return data({ ok: false as const, errors: baca.errors, nilai: baca.nilai, boleh, hasil: null }, { status: 400 })
	const { page } = readPage(url)
	const hasil = await cariSuratDanArsip({ ...baca.filter, page }, user)
	return { ok: true as const, errors: {} as Record<string, string[]>, nilai: baca.nilai, boleh, hasil }
}

const LABEL_JENIS: Record<JenisHasil, string> = { 'surat-masuk': 'Surat masuk', 'surat-keluar': 'Surat keluar', berkas: 'Berkas arsip' }
const KELAS_JENIS: Record<JenisHasil, string> = { 'surat-masuk': 'badge', 'surat-keluar': 'badge badge-hijau', berkas: 'badge badge-abu' }

function kolom(kata: string[], kataPihak: string[]): Column<BarisCari>[] {
	return [
		{ header: 'Jenis', cell: (r) => <span className={KELAS_JENIS[r.jenis]}>{LABEL_JENIS[r.jenis]}</span> },
		{
			header: 'Nomor',
			cell: (r) => (
				<>
					<Link to={r.tautan}>{r.agenda ? `Agenda ${r.agenda}` : (r.nomor ?? '—')}</Link>
					{r.agenda && r.nomor ? <div className="muted">{r.nomor}</div> : null}
				</>
			),
		},
		{
			header: 'Tanggal',
			cell: (r) => (r.jenis === 'berkas' ? `${formatTanggal(r.tanggal)} – ${r.tanggalAkhir ? formatTanggal(r.tanggalAkhir) : 'sekarang'}` : formatTanggal(r.tanggal)),
		},
		{
			header: 'Perihal / uraian',
			cell: (r) => (
				<>
					<Sorotan teks={r.judul} kata={kata} />
					{r.sifat === 'rahasia' || r.sifat === 'sangat-rahasia' ? <span className="badge badge-merah"> {labelSifat(r.sifat)}</span> : null}
					{r.ringkasan ? (
						<div className="muted">
							<Sorotan teks={r.ringkasan} kata={kata} />
						</div>
					) : null}
				</>
			),
		},
		{ header: 'Asal / tujuan', cell: (r) => (r.pihak ? <Sorotan teks={r.pihak} kata={kataPihak} /> : '—') },
		{
			header: 'Klasifikasi',
			cell: (r) => (
				<>
					{r.klasifikasiKode}
					{r.klasifikasiNama ? <div className="muted">{r.klasifikasiNama}</div> : null}
				</>
			),
		},
	]
}

/** Previous/next links that keep the filters; the last page is the last counted one. */
function Halaman({ page, terakhir }: { page: number; terakhir: number }) {
	const location = useLocation()
	const ke = (target: number) => {
		const params = new URLSearchParams(location.search)
		params.set('hal', String(target))
		return `${location.pathname}?${params.toString()}`
	}
	if (terakhir <= 1 && page <= 1) return null
	return (
		<nav className="pagination" aria-label="Halaman hasil">
			<span className="muted">
				Halaman {formatAngka(page)} dari {formatAngka(terakhir)}
			</span>
			<span className="actions">
				{page > 1 ? (
					<Link className="button button-sekunder button-kecil" to={ke(Math.min(page - 1, terakhir))} rel="prev">
						‹ Sebelumnya
					</Link>
				) : null}
				{page < terakhir ? (
					<Link className="button button-sekunder button-kecil" to={ke(page + 1)} rel="next">
						Berikutnya ›
					</Link>
				) : null}
			</span>
		</nav>
	)
}

export default function CariSuratDanArsip() {
	const { errors, nilai, boleh, hasil } = useLoaderData<typeof loader>()
	const navigation = useNavigation()
	const galat = (nama: string) => errors[nama]?.[0]
	const jenis = JENIS_CARI.filter((j) => j.value === 'semua' || (j.value === 'berkas' ? boleh.arsip : boleh.surat))
	return (
		<>
			<h1>Cari surat & arsip</h1>
			<p className="muted">
				Mencari surat masuk, surat keluar yang sudah ditandatangani, dan berkas arsip sekaligus, terbaru di atas. Setiap kata yang diketik harus
				muncul sebagai awal kata. Surat rahasia hanya tampil bagi pencatat, pejabat tujuan dan orang pada jalur disposisinya.
			</p>
			<Form method="get" className="toolbar" aria-label="Saringan pencarian">
				<InputField label="Kata kunci" name="teks" type="search" defaultValue={nilai.teks ?? ''} maxLength={200} error={galat('teks')} hint="Perihal, ringkasan, uraian berkas" />
				<InputField label="Nomor" name="nomor" defaultValue={nilai.nomor ?? ''} maxLength={60} error={galat('nomor')} hint="Nomor agenda, nomor surat atau berkas (awalnya)" />
				<InputField label="Asal / tujuan" name="pihak" defaultValue={nilai.pihak ?? ''} maxLength={100} error={galat('pihak')} />
				<InputField label="Kode klasifikasi" name="klasifikasi" defaultValue={nilai.klasifikasi ?? ''} maxLength={30} placeholder="mis. 400.12" error={galat('klasifikasi')} hint="Termasuk turunannya" />
				<SelectField label="Jenis" name="jenis" options={jenis.map((j) => ({ value: j.value, label: j.label }))} defaultValue={nilai.jenis ?? 'semua'} error={galat('jenis')} />
				<SelectField label="Sifat" name="sifat" options={[...SIFAT_CARI]} placeholder="Semua sifat" defaultValue={nilai.sifat ?? ''} error={galat('sifat')} hint="Hanya surat" />
				<InputField label="Dari tanggal" name="dari" type="date" defaultValue={nilai.dari ?? ''} error={galat('dari')} />
				<InputField label="Sampai tanggal" name="sampai" type="date" defaultValue={nilai.sampai ?? ''} error={galat('sampai')} />
				<button type="submit">{navigation.state === 'loading' ? 'Mencari…' : 'Cari'}</button>
				<Link className="button button-sekunder" to="/arsip/cari">
					Atur ulang
				</Link>
			</Form>

			{hasil ? (
				<section aria-labelledby="judul-hasil">
					<h2 id="judul-hasil" role="status">
						{hasil.lebih ? `Lebih dari ${formatAngka(hasil.total)} hasil` : `${formatAngka(hasil.total)} hasil`}{' '}
						<span className="muted">{`(${formatAngka(hasil.ms)} ms)`}</span>
					</h2>
					<p className="muted">
						{(Object.keys(LABEL_JENIS) as JenisHasil[])
							.filter((j) => hasil.perJenis[j].total > 0)
							.map((j) => `${LABEL_JENIS[j]}: ${hasil.perJenis[j].lebih ? 'lebih dari ' : ''}${formatAngka(hasil.perJenis[j].total)}`)
							.join(' · ')}
						{hasil.lebih || hasil.total > BATAS_HITUNG ? ` — hanya ${formatAngka(BATAS_HITUNG)} hasil terbaru yang dapat dibuka; persempit pencarian untuk menemukan yang lebih lama.` : null}
					</p>
					{hasil.halamanDibatasi ? (
						<div className="alert alert-info" role="status">
							Halaman yang diminta melewati batas; ditampilkan halaman {formatAngka(hasil.page)}.
						</div>
					) : null}
					<Tabel
						caption="Hasil pencarian surat dan arsip"
						rows={hasil.rows}
						rowKey={(r) => `${r.jenis}-${r.id}`}
						empty={hasil.page > hasil.halamanTerakhir ? 'Tidak ada hasil di halaman ini.' : 'Tidak ada surat atau berkas yang cocok dengan saringan ini.'}
						columns={kolom(hasil.kata, hasil.kataPihak)}
					/>
					<Halaman page={hasil.page} terakhir={hasil.halamanTerakhir} />
				</section>
			) : null}
		</>
	)
}
