import type { LoaderFunctionArgs } from '@remix-run/node'
import { tanggalSah } from '~/modules/layanan/laporan.schema'
import { eksporLaporanHarian, hariIniKantor } from '~/modules/layanan/laporan.server'
import { requireUserWithPermission } from '~/utils/auth.server'

/** `/permohonan/laporan/harian.xlsx?tanggal=YYYY-MM-DD`: the daily service report; today by default. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:laporan-layanan:any')
	const diminta = new URL(request.url).searchParams.get('tanggal')
	if (diminta && !tanggalSah(diminta)) {
		throw new Response(JSON.stringify({ message: 'Tanggal laporan tidak sah; pilih tanggal dari kalender.' }), {
			status: 400,
			headers: { 'Content-Type': 'application/json; charset=utf-8' },
		})
	}
	const { isi, namaBerkas } = await eksporLaporanHarian(diminta || (await hariIniKantor()))
	return new Response(new Uint8Array(isi), {
		headers: {
			'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'Content-Disposition': `attachment; filename="${namaBerkas}"`,
			'Content-Length': String(isi.length),
			'Cache-Control': 'no-store',
		},
	})
}
