import type { LoaderFunctionArgs } from '@remix-run/node'
import { kuitansiPdf } from '#reports/layanan/kuitansi-pdf'
import { getDataKuitansi } from '~/modules/layanan/dokumen.server'
import { notFound, parseId } from '~/utils/http.server'
import { requirePembacaPermohonan } from './__cakupan.server'
import { unduhan } from '~/utils/unduhan.server'

/** `/permohonan/:id/kuitansi.pdf`: the fine's receipt, opened in the browser for printing. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { cakupan } = await requirePembacaPermohonan(request)
	const isi = await getDataKuitansi({ permohonanId: parseId(params.id), cakupan })
	if (!isi) throw notFound('Kuitansi belum diterbitkan untuk permohonan ini.')
	const pdf = await kuitansiPdf(isi)
	return unduhan(pdf, 'application/pdf', `kuitansi-${isi.nomor.replaceAll('/', '-')}.pdf`, 'inline')
}
