import type { LoaderFunctionArgs } from '@remix-run/node'
import { bacaAgregatUntukPermintaan, cacheAgregat } from '~/modules/kependudukan/agregat-publik.server'
import { semuaTabel } from '~/modules/kependudukan/agregat-tampilan'

/**
 * `GET /api/v1/agregat/{semester}?wilayah={kode}` (docs/dkb.md "API"): one area of a semester's
 * publication, every table with every row. Anyone reads what was published (`versi=N` for an
 * older version); a signed-in staff user with `read:agregat:any` may add `draft=1`. Anything
 * else (unknown semester or area, nothing published, a draft without the right) is a 404.
 */
function json(body: unknown, status: number, cache: string) {
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': cache, 'X-Content-Type-Options': 'nosniff' },
	})
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const semester = params.semester ?? ''
	const hasil = await bacaAgregatUntukPermintaan(request, semester)
	if (!hasil.ok) return json({ pesan: hasil.pesan }, 404, 'no-store')
	const { publikasi, status, agregat } = hasil
	return json(
		{
			semester: publikasi.semester,
			tanggalAcuan: publikasi.tanggalAcuan,
			status,
			wilayah: { kode: agregat.wilayah.kode, nama: agregat.wilayah.nama, tingkat: agregat.wilayah.tingkat },
			// in the contract's order, every row present, nothing but the four fields
			tabel: Object.fromEntries(semuaTabel(agregat.tabel).map((t) => [t.kunci, t.baris.map(({ kategori, l, p, jumlah }) => ({ kategori, l, p, jumlah }))])),
			subwilayah: agregat.subwilayah.map((s) => ({ kode: s.kode, nama: s.nama, l: s.l, p: s.p, jumlah: s.jumlah, kk: s.kk })),
		},
		200,
		cacheAgregat(hasil.draft),
	)
}
