import type { LoaderFunctionArgs } from '@remix-run/node'
import { buatLembarDisposisi } from '~/modules/persuratan/lembar-disposisi.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { notFound, parseId } from '~/utils/http.server'
import { unduhan } from '~/utils/unduhan.server'

/** `/surat-masuk/:id/lembar-disposisi`: the printable lembar disposisi (PDF, opened in the browser). */
export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:surat:own')
	const lembar = await buatLembarDisposisi({ id: parseId(params.id), pembaca: user })
	if (!lembar) throw notFound('Surat masuk tidak ditemukan.')
	return unduhan(lembar.pdf, 'application/pdf', lembar.nama, 'inline')
}
