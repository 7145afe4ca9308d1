import type { LoaderFunctionArgs } from '@remix-run/node'
import { parseSesiFilter } from '~/modules/akses/sesi.schema'
import { listSesiAktifSemua, type SesiRow } from '~/modules/akses/sesi.server'
import { formatWaktuDetik } from '~/modules/audit/waktu-zona'
import { getZonaWaktuKantor } from '~/modules/referensi/pengaturan-kantor.server'
import { streamTabelExcel } from '#reports/umum/tabel-excel'
import { requireUserWithPermission } from '~/utils/auth.server'
import { excelResponse, inBatches } from '~/utils/excel-response.server'

/** The active sessions as Excel, with the same filter as the page; no session id leaves the server. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:sesi:any')
	const filter = parseSesiFilter(new URL(request.url))
	const zona = await getZonaWaktuKantor()
	const stream = streamTabelExcel<SesiRow>({
		judul: 'Sesi aktif',
		kolom: [
			{ header: 'Username', width: 22, value: (r) => r.username },
			{ header: 'Nama', width: 36, value: (r) => r.nama },
			{ header: 'Mulai', width: 20, value: (r) => formatWaktuDetik(r.mulai, zona) },
			{ header: 'Terakhir aktif', width: 20, value: (r) => formatWaktuDetik(r.terakhirAktif, zona) },
			{ header: 'Alamat', width: 18, value: (r) => r.ip },
			{ header: 'Perangkat', width: 60, value: (r) => r.userAgent },
		],
		rows: inBatches(async (offset, limit) => (await listSesiAktifSemua({ ...filter, offset, limit })).rows),
	})
	return excelResponse(stream, 'sesi-aktif')
}
