import { createReadableStreamFromReadable, type LoaderFunctionArgs } from '@remix-run/node'
import { cacheAgregat, publikasiUntukUnduhan } from '~/modules/kependudukan/agregat-publik.server'
import { namaBerkasUnduhan } from '~/modules/kependudukan/agregat-tampilan'
import { bukuKerjaAgregat } from '~/modules/kependudukan/unduhan/buku-kerja.server'
import { notFound } from '~/utils/http.server'

/**
 * `/agregat/{semester}.xlsx`: the workbook of the published semester (`versi=N` for an older
 * version; `draft=1` for staff with `read:agregat:any`), streamed as it is written.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const hasil = await publikasiUntukUnduhan(request, params.semester ?? '')
	if (!hasil.ok) throw notFound(hasil.pesan)
	const stream = await bukuKerjaAgregat(hasil.publikasi)
	if (!stream) throw notFound('Agregat kabupaten/kota belum tersedia untuk semester ini.')
	return new Response(createReadableStreamFromReadable(stream), {
		headers: {
			'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
			'Content-Disposition': `attachment; filename="${namaBerkasUnduhan(hasil.publikasi, 'xlsx')}"`,
			'Cache-Control': cacheAgregat(Boolean(hasil.draft)),
			'X-Content-Type-Options': 'nosniff',
		},
	})
}
