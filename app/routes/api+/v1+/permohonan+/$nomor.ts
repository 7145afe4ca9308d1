import type { LoaderFunctionArgs } from '@remix-run/node'
import { lacakPermohonan } from '~/modules/layanan/baca.server'
import { getClientIp } from '~/utils/request-context.server'

/**
 * `GET /api/v1/permohonan/{nomor}?kode={kode}`: the tracking page as JSON, for the office's
 * partners and apps. An unknown ticket and a wrong code give the same 404, and the same throttle
 * as the page applies (429). No personal data: steps, times and amounts only.
 */
function json(body: unknown, status = 200) {
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
	})
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const kode = new URL(request.url).searchParams.get('kode')?.trim() ?? ''
	if (!kode) return json({ message: 'Parameter kode wajib diisi.' }, 400)
	const hasil = await lacakPermohonan({ nomorTiket: params.nomor ?? '', kode, alamat: getClientIp() })
	if (!hasil.ok) {
		return hasil.alasan === 'dibatasi'
			? json({ message: 'Terlalu banyak percobaan. Coba lagi dalam 15 menit.' }, 429)
			: json({ message: 'Permohonan tidak ditemukan atau kode lacak salah.' }, 404)
	}
	const d = hasil.data
	return json({
		nomorTiket: d.nomorTiket,
		layanan: d.jenisNama,
		status: d.status,
		statusLabel: d.statusLabel,
		langkahSekarang: d.langkahSekarang,
		kekurangan: d.kekurangan,
		denda: d.denda,
		dendaLunas: d.dendaLunas,
		riwayat: d.riwayat.map((r) => ({ waktu: r.waktu, label: r.label, langkah: r.langkah })),
	})
}
