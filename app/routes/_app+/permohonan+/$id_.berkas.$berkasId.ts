import type { LoaderFunctionArgs } from '@remix-run/node'
import { getBerkasPermohonan } from '~/modules/layanan/baca.server'
import { notFound, parseId } from '~/utils/http.server'
import { requirePembacaPermohonan } from './__cakupan.server'
import { unduhan } from '~/utils/unduhan.server'

/**
 * One scan of a request, for staff who may see the request. Always an attachment with the type
 * read from its bytes at upload and `nosniff`, so a crafted file never renders in SIMADU's origin.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { cakupan } = await requirePembacaPermohonan(request)
	const berkas = await getBerkasPermohonan({ permohonanId: parseId(params.id), berkasId: parseId(params.berkasId), cakupan })
	if (!berkas) throw notFound('Berkas tidak ditemukan.')
	return unduhan(berkas.isi, berkas.mime, berkas.nama, 'attachment')
}
