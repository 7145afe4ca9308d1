import type { LoaderFunctionArgs } from '@remix-run/node'
import { parseBerkasFilter } from '~/modules/arsip/berkas.schema'
import { pdfDaftarBerkas } from '~/modules/arsip/laporan.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { unduhan } from '~/utils/unduhan.server'

/** `/arsip/daftar.pdf`: the daftar berkas in the ANRI layout, with the page's filters. */
export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:arsip:any')
	const pdf = await pdfDaftarBerkas(parseBerkasFilter(new URL(request.url)))
	return unduhan(pdf, 'application/pdf', `daftar-berkas-${new Date().toISOString().slice(0, 10).replaceAll('-', '')}.pdf`, 'inline')
}
