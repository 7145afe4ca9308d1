import type { LoaderFunctionArgs } from '@remix-run/node'
import { getPindaianSuratMasuk } from '~/modules/persuratan/surat-masuk.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { notFound, parseId } from '~/utils/http.server'
import { unduhan } from '~/utils/unduhan.server'

/**
 * `/surat-masuk/:id/pindaian`: the letter's scan, for whoever may see the letter. Always an
 * attachment with the type read from its bytes at upload and `nosniff`, never rendered in SIMADU's
 * origin.
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:surat:own')
	const berkas = await getPindaianSuratMasuk({ id: parseId(params.id), pembaca: user })
	if (!berkas) throw notFound('Pindaian surat tidak ditemukan.')
	return unduhan(berkas.isi, berkas.mime, berkas.nama, 'attachment')
}
