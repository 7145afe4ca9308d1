import type { LoaderFunctionArgs } from '@remix-run/node'
import { getPermohonanRingkas } from '~/modules/layanan/dokumen.server'
import { bacaBerkasDokumen } from '~/modules/layanan/dokumen-elektronik.server'
import { notFound, parseId } from '~/utils/http.server'
import { unduhan } from '~/utils/unduhan.server'
import { requirePembacaPermohonan } from './__cakupan.server'

/**
 * The request's electronic document for staff who may see the request: the issued (signed) PDF,
 * or with `?versi=draf` the PDF from SIAK, so the signer reads what they sign.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { cakupan } = await requirePembacaPermohonan(request)
	const ringkas = await getPermohonanRingkas({ id: parseId(params.id), cakupan })
	if (!ringkas) throw notFound('Permohonan tidak ditemukan.')
	const versi = new URL(request.url).searchParams.get('versi') === 'draf' ? 'draf' : 'final'
	const berkas = await bacaBerkasDokumen({ permohonanId: ringkas.id, versi })
	if (!berkas) throw notFound(versi === 'draf' ? 'Belum ada dokumen dari SIAK.' : 'Dokumen belum diterbitkan.')
	return unduhan(berkas.isi, berkas.mime, berkas.nama, 'attachment')
}
