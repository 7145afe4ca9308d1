import type { LoaderFunctionArgs } from '@remix-run/node'
import { pdfDaftarUsulan } from '~/modules/arsip/laporan.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { notFound, parseId } from '~/utils/http.server'
import { unduhan } from '~/utils/unduhan.server'

/** `/arsip/penyusutan/:id/daftar.pdf`: the list of an usulan (usul musnah / pindah, or what was disposed of). */
export async function loader({ request, params }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:arsip:any')
	const hasil = await pdfDaftarUsulan(parseId(params.id))
	if (!hasil) throw notFound('Usulan penyusutan tidak ditemukan.')
	return unduhan(hasil.pdf, 'application/pdf', hasil.nama, 'inline')
}
