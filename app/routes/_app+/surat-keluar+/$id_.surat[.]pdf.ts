import type { LoaderFunctionArgs } from '@remix-run/node'
import { bacaPdfSurat } from '~/modules/persuratan/surat-keluar.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { notFound, parseId } from '~/utils/http.server'
import { unduhan } from '~/utils/unduhan.server'

/**
 * The letter's PDF for whoever may see the letter: the file stored when it was signed, or before
 * that a preview of the current text (watermarked, without number or signature).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:surat:own')
	const berkas = await bacaPdfSurat({ id: parseId(params.id), user })
	if (!berkas) throw notFound('Surat tidak ditemukan.')
	return unduhan(berkas.isi, berkas.mime, berkas.nama, 'inline')
}
