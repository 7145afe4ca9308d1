import type { LoaderFunctionArgs } from '@remix-run/node'
import { pdfBeritaAcara } from '~/modules/arsip/laporan.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { notFound, parseId } from '~/utils/http.server'
import { unduhan } from '~/utils/unduhan.server'

/** `/arsip/penyusutan/:id/berita-acara.pdf`: the berita acara with its list, once recorded. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:arsip:any')
	const hasil = await pdfBeritaAcara(parseId(params.id))
	if (!hasil) throw notFound('Berita acara usulan ini belum dicatat.')
	return unduhan(hasil.pdf, 'application/pdf', hasil.nama, 'inline')
}
