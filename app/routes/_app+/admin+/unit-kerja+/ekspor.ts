import type { LoaderFunctionArgs } from '@remix-run/node'
import { JENIS_UNIT_KERJA, parseUnitKerjaFilter } from '~/modules/organisasi/unit-kerja.schema'
import { listUnitKerja } from '~/modules/organisasi/unit-kerja.server'
import { streamTabelExcel } from '#reports/umum/tabel-excel'
import { requireUserWithPermission } from '~/utils/auth.server'
import { excelResponse, inBatches } from '~/utils/excel-response.server'

const labelJenis: Record<string, string> = Object.fromEntries(JENIS_UNIT_KERJA.map((j) => [j.value, j.label]))

/** The units as a flat Excel list with each one's induk, with the same search as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:organisasi:any')
	const filter = parseUnitKerjaFilter(new URL(request.url))
	const stream = streamTabelExcel({
		judul: 'Unit kerja',
		kolom: [
			{ header: 'Kode', width: 16, value: (r) => r.kode },
			{ header: 'Nama', width: 60, value: (r) => r.nama },
			{ header: 'Jenis', width: 14, value: (r) => labelJenis[r.jenis] ?? r.jenis },
			{ header: 'Unit induk', width: 50, value: (r) => r.namaInduk ?? '' },
			{ header: 'Urutan', width: 8, value: (r) => r.urutan },
			{ header: 'Status', width: 10, value: (r) => (r.aktif ? 'Aktif' : 'Nonaktif') },
		],
		rows: inBatches(async (offset, limit) => (await listUnitKerja({ ...filter, offset, limit })).rows),
	})
	return excelResponse(stream, 'unit-kerja')
}
