import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { requireUserWithPermission, type CurrentUser } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { forbidden, notFound, parseId } from '~/utils/http.server'
import { hariIniKantor } from '~/modules/organisasi/plt.server'
import { DisposisiForm } from '~/workflow/components/disposisi-form'
import { DisposisiTree } from '~/workflow/components/disposisi-tree'
import { aksiDisposisi } from '~/workflow/disposisi.schema'
import {
	bolehLihatSubjek,
	getDisposisi,
	getPohonDisposisi,
	getSubjekDisposisi,
	listPenerimaDisposisi,
	prosesAksiDisposisi,
	tandaiDibaca,
	type SimpulDisposisi,
} from '~/workflow/disposisi.server'
import { alurErrorResponse } from '~/workflow/galat'

export const meta: MetaFunction = () => [{ title: 'Disposisi — SIMADU' }]

/** The disposisi, if the user is on its subject's path (sender or recipient of any node). */
async function disposisiDiJalur(id: number, user: CurrentUser) {
	const disposisi = await getDisposisi(id)
	if (!disposisi) throw notFound('Disposisi tidak ditemukan.')
	if (!(await bolehLihatSubjek({ subjekJenis: disposisi.subjekJenis, subjekId: disposisi.subjekId, userId: user.id }))) {
		throw forbidden('Anda tidak berada pada alur disposisi ini.')
	}
	return disposisi
}

function cari(pohon: SimpulDisposisi[], id: number): SimpulDisposisi | undefined {
	for (const s of pohon) {
		if (s.id === id) return s
		const ketemu = cari(s.anak, id)
		if (ketemu) return ketemu
	}
	return undefined
}

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:alur:own')
	const disposisi = await disposisiDiJalur(parseId(params.id), user)
	// the first open by its recipient is the reading
	if (disposisi.kePenggunaId === user.id && disposisi.status === 'belum-dibaca') {
		try {
			await tandaiDibaca({ id: disposisi.id, user })
		} catch (error) {
			throw alurErrorResponse(error)
		}
	}
	const subjek = { subjekJenis: disposisi.subjekJenis, subjekId: disposisi.subjekId }
	const hariIni = await hariIniKantor()
	const [pohon, { judul, tautan }] = await Promise.all([getPohonDisposisi({ ...subjek, hariIni }), getSubjekDisposisi(subjek)])
	const teruskanId = Number(new URL(request.url).searchParams.get('teruskan'))
	const induk = Number.isSafeInteger(teruskanId) && teruskanId > 0 ? cari(pohon, teruskanId) : undefined
	const bolehTeruskan = induk && aksiDisposisi({ dariPenggunaId: induk.dari.id, kePenggunaId: induk.ke.id, status: induk.status }, user.id).teruskan
	return {
		id: disposisi.id,
		subjek: { ...subjek, judul, tautan },
		pohon,
		penggunaId: user.id,
		hariIni,
		teruskan: bolehTeruskan ? { indukId: induk.id, tenggat: induk.tenggat, penerima: await listPenerimaDisposisi({ kecualiId: user.id }) } : null,
	}
}

export async function action({ request, params }: ActionFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:alur:own')
	const disposisi = await disposisiDiJalur(parseId(params.id), user)
	const formData = await request.formData()
	let result: Awaited<ReturnType<typeof prosesAksiDisposisi>>
	try {
		result = await prosesAksiDisposisi({ formData, user })
	} catch (error) {
		throw alurErrorResponse(error)
	}
	if (!result.ok) return data(result, { status: 400 })
	return redirectWithFlash(`/disposisi/${disposisi.id}`, { jenis: 'sukses', pesan: result.pesan })
}

export default function DetailDisposisi() {
	const { id, subjek, pohon, penggunaId, hariIni, teruskan } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	const gagal = result && !result.ok ? result : null
	// a refused forward keeps its form open even though the address has no ?teruskan
	const indukGagal = gagal?.values.intent === 'teruskan' ? Number(gagal.values.indukId) : undefined
	const judul = subjek.judul ?? `${subjek.subjekJenis} #${subjek.subjekId}`
	return (
		<>
			<p>
				<Link to="/disposisi">‹ Disposisi saya</Link>
			</p>
			<h1>Disposisi</h1>
			<p>
				Perihal: {subjek.tautan ? <Link to={subjek.tautan}>{judul}</Link> : judul}
			</p>
			<section aria-labelledby="judul-pohon">
				<h2 id="judul-pohon">Alur disposisi</h2>
				<DisposisiTree pohon={pohon} penggunaId={penggunaId} result={gagal} sorot={id} teruskanHref={(indukId) => `?teruskan=${indukId}#teruskan`} />
			</section>
			{teruskan ? (
				<section aria-labelledby="judul-teruskan">
					<h2 id="judul-teruskan">Teruskan disposisi</h2>
					<DisposisiForm
						result={gagal}
						penerima={teruskan.penerima}
						indukId={teruskan.indukId}
						hariIni={hariIni}
						tenggatInduk={teruskan.tenggat}
						batalHref={`/disposisi/${id}`}
					/>
				</section>
			) : indukGagal ? (
				<div className="alert alert-galat" role="alert">
					Disposisi belum diteruskan. <Link to={`?teruskan=${indukGagal}#teruskan`}>Buka kembali formulir</Link>.
				</div>
			) : null}
		</>
	)
}
