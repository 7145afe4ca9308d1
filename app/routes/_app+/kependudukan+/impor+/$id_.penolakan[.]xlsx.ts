import type { LoaderFunctionArgs } from '@remix-run/node'
import { getStorage } from '~/integrations/storage/storage.server'
import { kunciLaporanPenolakan } from '~/modules/kependudukan/impor/daftar-impor.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { notFound, parseId } from '~/utils/http.server'
import { unduhan } from '~/utils/unduhan.server'

/** The rejected rows of an import (row, column, value, reason). */
export async function loader({ request, params }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:dkb:any')
	const id = parseId(params.id)
	const laporan = await kunciLaporanPenolakan(id)
	const isi = laporan ? await getStorage().read(laporan.kunci) : null
	if (!laporan || !isi) throw notFound('Impor ini tidak memiliki baris yang ditolak.')
	return unduhan(isi, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', `dkb-${laporan.semester}-ditolak-${id}.xlsx`, 'attachment')
}
