import type { LoaderFunctionArgs } from '@remix-run/node'
import { parseBerkasFilter } from '~/modules/arsip/berkas.schema'
import { excelDaftarBerkas } from '~/modules/arsip/laporan.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { excelResponse } from '~/utils/excel-response.server'

/** The daftar berkas as Excel, with the same filters as the page. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:arsip:any')
	return excelResponse(excelDaftarBerkas(parseBerkasFilter(new URL(request.url))), 'daftar-berkas')
}
