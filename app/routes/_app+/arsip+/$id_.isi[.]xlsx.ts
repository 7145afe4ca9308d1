import type { LoaderFunctionArgs } from '@remix-run/node'
import { excelIsiBerkas } from '~/modules/arsip/laporan.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { excelResponse } from '~/utils/excel-response.server'
import { notFound, parseId } from '~/utils/http.server'

/** `/arsip/:id/isi.xlsx`: the daftar isi berkas of one berkas as Excel. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:arsip:any')
	const hasil = await excelIsiBerkas(parseId(params.id))
	if (!hasil) throw notFound('Berkas tidak ditemukan.')
	return excelResponse(hasil.stream, `daftar-isi-${hasil.nomorBerkas.replaceAll('/', '-')}`)
}
