import type { LoaderFunctionArgs } from '@remix-run/node'
import { tandaTerimaPdf } from '#reports/layanan/tanda-terima-pdf'
import { getDataTandaTerima } from '~/modules/layanan/dokumen.server'
import { notFound, parseId } from '~/utils/http.server'
import { requirePembacaPermohonan } from './__cakupan.server'
import { unduhan } from '~/utils/unduhan.server'

/** `/permohonan/:id/tanda-terima.pdf`: the hand-over receipt of the last document handed over. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { cakupan } = await requirePembacaPermohonan(request)
	const isi = await getDataTandaTerima({ permohonanId: parseId(params.id), cakupan })
	if (!isi) throw notFound('Penyerahan dokumen belum dicatat untuk permohonan ini.')
	const pdf = await tandaTerimaPdf(isi)
	return unduhan(pdf, 'application/pdf', `tanda-terima-${isi.nomorRegister.replaceAll('/', '-')}.pdf`, 'inline')
}
