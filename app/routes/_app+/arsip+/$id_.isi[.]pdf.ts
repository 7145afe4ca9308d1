import type { LoaderFunctionArgs } from '@remix-run/node'
import { pdfIsiBerkas } from '~/modules/arsip/laporan.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { notFound, parseId } from '~/utils/http.server'
import { unduhan } from '~/utils/unduhan.server'

/** `/arsip/:id/isi.pdf`: the daftar isi berkas of one berkas. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:arsip:any')
	const hasil = await pdfIsiBerkas(parseId(params.id))
	if (!hasil) throw notFound('Berkas tidak ditemukan.')
	return unduhan(hasil.pdf, 'application/pdf', `daftar-isi-${hasil.nomorBerkas.replaceAll('/', '-')}.pdf`, 'inline')
}
