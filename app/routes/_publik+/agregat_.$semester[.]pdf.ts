import type { LoaderFunctionArgs } from '@remix-run/node'
import { cacheAgregat, publikasiUntukUnduhan } from '~/modules/kependudukan/agregat-publik.server'
import { namaBerkasUnduhan } from '~/modules/kependudukan/agregat-tampilan'
import { bukuPdfAgregat } from '~/modules/kependudukan/unduhan/buku-pdf.server'
import { notFound } from '~/utils/http.server'
import { unduhan } from '~/utils/unduhan.server'

/**
 * `/agregat/{semester}.pdf`: the book of the published semester (`versi=N` for an older version;
 * `draft=1` for staff with `read:agregat:any`, watermarked).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const hasil = await publikasiUntukUnduhan(request, params.semester ?? '')
	if (!hasil.ok) throw notFound(hasil.pesan)
	const pdf = await bukuPdfAgregat(hasil.publikasi)
	if (!pdf) throw notFound('Agregat kabupaten/kota belum tersedia untuk semester ini.')
	const response = unduhan(pdf, 'application/pdf', namaBerkasUnduhan(hasil.publikasi, 'pdf'), 'inline')
	// a published book is the same for everyone: shared caches may keep it
	response.headers.set('Cache-Control', cacheAgregat(Boolean(hasil.draft)))
	return response
}
