import { data, type HeadersFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { Tabel, type Column } from '~/components/data-table'
import { bacaKunciPenduduk } from '~/modules/kependudukan/penduduk.schema'
import { bukaPenduduk, type AnggotaKeluarga } from '~/modules/kependudukan/penduduk.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { formatAngka, formatTanggal } from '~/utils/format'
import { notFound } from '~/utils/http.server'

/** No name in the title: titles stay in the browser's history. */
export const meta: MetaFunction = () => [{ title: 'Data penduduk — SIMADU' }]

/** The full record of a resident: never kept in a cache. */
export const headers: HeadersFunction = () => ({ 'Cache-Control': 'no-store' })

const TIDAK_ADA = 'Data penduduk tidak ditemukan.'

/**
 * `/kependudukan/penduduk/{imporId}-{baris}`: the address names the row, not the person. Each
 * opening is audited by `bukaPenduduk`.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:penduduk:any')
	const kunci = bacaKunciPenduduk(params.kunci)
	if (!kunci) throw notFound(TIDAK_ADA)
	const penduduk = await bukaPenduduk({ ...kunci, pelaku: user })
	if (!penduduk) throw notFound(TIDAK_ADA)
	return data({ penduduk }, { headers: { 'Cache-Control': 'no-store' } })
}

const KOLOM_KELUARGA: Column<AnggotaKeluarga>[] = [
	{
		header: 'Nama',
		cell: (a) =>
			a.diri ? (
				<strong aria-current="page">{a.nama} (data ini)</strong>
			) : (
				<Link to={`/kependudukan/penduduk/${a.kunci}`}>{a.nama}</Link>
			),
	},
	{ header: 'NIK', cell: (a) => a.nikSamar },
	{ header: 'Hubungan', cell: (a) => a.hubungan },
	{ header: 'Jenis kelamin', cell: (a) => a.jenisKelamin },
	{ header: 'Umur', numeric: true, cell: (a) => `${formatAngka(a.umur)} th` },
]

export default function RincianPenduduk() {
	const { penduduk: p } = useLoaderData<typeof loader>()
	const rtRw = [p.rt ? `RT ${p.rt}` : null, p.rw ? `RW ${p.rw}` : null].filter(Boolean).join(' / ')
	return (
		<>
			<p>
				<Link to="/kependudukan/penduduk">‹ Cari penduduk</Link>
			</p>
			<h1>{p.nama}</h1>
			<p className="muted">
				Sumber: DKB {p.labelSemester}; umur dihitung pada {formatTanggal(p.tanggalAcuan)}. Pembukaan halaman ini tercatat di log audit.
			</p>

			<section aria-labelledby="judul-identitas">
				<h2 id="judul-identitas">Identitas</h2>
				<dl className="detail card" data-testid="rincian-penduduk">
					<dt>NIK</dt>
					<dd>{p.nik}</dd>
					<dt>Nomor KK</dt>
					<dd>{p.noKk}</dd>
					<dt>Nama lengkap</dt>
					<dd>{p.nama}</dd>
					<dt>Jenis kelamin</dt>
					<dd>{p.jenisKelamin}</dd>
					<dt>Tempat, tanggal lahir</dt>
					<dd>
						{p.tempatLahir}, {formatTanggal(p.tanggalLahir)}
					</dd>
					<dt>Umur</dt>
					<dd>{formatAngka(p.umur)} tahun</dd>
					<dt>Golongan darah</dt>
					<dd>{p.golonganDarah}</dd>
					<dt>Agama</dt>
					<dd>{p.agama}</dd>
					<dt>Status perkawinan</dt>
					<dd>{p.statusKawin}</dd>
					<dt>Hubungan dalam keluarga</dt>
					<dd>{p.hubunganKeluarga}</dd>
					<dt>Pendidikan terakhir</dt>
					<dd>{p.pendidikan}</dd>
					<dt>Pekerjaan</dt>
					<dd>{p.pekerjaan}</dd>
					<dt>Disabilitas</dt>
					<dd>{p.disabilitas}</dd>
					<dt>Kewarganegaraan</dt>
					<dd>{p.kewarganegaraan}</dd>
				</dl>
			</section>

			<section aria-labelledby="judul-alamat">
				<h2 id="judul-alamat">Alamat</h2>
				<dl className="detail card">
					<dt>Alamat</dt>
					<dd>
						{p.alamat}
						{rtRw ? `, ${rtRw}` : ''}
					</dd>
					<dt>Desa/kelurahan</dt>
					<dd>{p.wilayah.desa ?? '—'}</dd>
					<dt>Kecamatan</dt>
					<dd>{p.wilayah.kecamatan ?? '—'}</dd>
					<dt>Kabupaten/kota</dt>
					<dd>{p.wilayah.kabupaten ?? '—'}</dd>
					<dt>Provinsi</dt>
					<dd>{p.wilayah.provinsi ?? '—'}</dd>
					<dt>Kode wilayah</dt>
					<dd>{p.wilayah.kodeDesa}</dd>
				</dl>
			</section>

			<section aria-labelledby="judul-dokumen">
				<h2 id="judul-dokumen">Dokumen kependudukan</h2>
				<dl className="detail card">
					<dt>Akta kelahiran</dt>
					<dd>{p.aktaLahir}</dd>
					<dt>Akta perkawinan</dt>
					<dd>{p.aktaKawin}</dd>
					<dt>Akta perceraian</dt>
					<dd>{p.aktaCerai}</dd>
					<dt>KTP elektronik</dt>
					<dd>{p.ktpEl}</dd>
					<dt>Kartu Identitas Anak (KIA)</dt>
					<dd>{p.kia}</dd>
				</dl>
			</section>

			<section aria-labelledby="judul-keluarga">
				<h2 id="judul-keluarga">Anggota keluarga</h2>
				<p className="muted">
					{formatAngka(p.keluarga.jumlahAnggota)} orang dalam KK ini
					{p.keluarga.kepala ? `; kepala keluarga ${p.keluarga.kepala}` : '; tidak ada anggota yang tercatat sebagai kepala keluarga'}. NIK anggota
					ditampilkan tersamar.
				</p>
				<Tabel caption="Anggota keluarga dalam KK yang sama" rows={p.keluarga.anggota} rowKey={(a) => a.kunci} columns={KOLOM_KELUARGA} />
			</section>
		</>
	)
}
