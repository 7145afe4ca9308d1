import type { LoaderFunctionArgs } from '@remix-run/node'
import { bacaBuktiEkspedisi } from '~/modules/persuratan/ekspedisi.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { notFound, parseId } from '~/utils/http.server'
import { unduhan } from '~/utils/unduhan.server'

/** The scan or photo of a delivery's signed receipt, for those who keep the buku ekspedisi. */
export async function loader({ request, params }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:pengantaran:any')
	const berkas = await bacaBuktiEkspedisi(parseId(params.id))
	if (!berkas) throw notFound('Bukti terima tidak ditemukan.')
	return unduhan(berkas.isi, berkas.mime, berkas.nama, 'inline')
}
