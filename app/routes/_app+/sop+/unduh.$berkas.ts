import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireUserWithPermission } from '~/utils/auth.server'
import { notFound } from '~/utils/http.server'
import { eksporSop } from '~/workflow/sop.server'

/**
 * `/sop/unduh/P4.1.2.xlsx` or `.pdf`: the SOP as a file. `/sop/P4.1.2.xlsx` redirects here (see
 * `$kode.tsx` for why the page route cannot answer with the file itself).
 */
export async function loader({ request, params }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'read:sop:any')
	const cocok = /^(.+)\.(xlsx|pdf)$/.exec(params.berkas ?? '')
	const berkas = cocok ? await eksporSop(cocok[1]!, cocok[2] as 'xlsx' | 'pdf') : null
	if (!berkas) throw notFound('SOP tidak ditemukan.')
	return new Response(new Uint8Array(berkas.isi), {
		headers: {
			'Content-Type': berkas.jenis,
			'Content-Disposition': `attachment; filename="${berkas.namaBerkas}"`,
			'Content-Length': String(berkas.isi.length),
			'Cache-Control': 'no-store',
		},
	})
}
