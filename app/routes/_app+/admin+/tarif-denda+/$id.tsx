import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { UbahTarifDendaSchema } from '~/modules/layanan/katalog-admin.schema'
import { getTarifDenda, pilihanPeristiwa, updateTarifDenda } from '~/modules/layanan/katalog-admin.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { conflict, notFound, parseId } from '~/utils/http.server'
import { TarifDendaForm } from './__tarif-denda-form'

export const meta: MetaFunction = () => [{ title: 'Ubah tarif denda — SIMADU' }]

const TIDAK_ADA = 'Tarif denda tidak ditemukan.'

export async function loader({ request, params }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:layanan:any')
	const [tarif, peristiwa] = await Promise.all([getTarifDenda(parseId(params.id)), pilihanPeristiwa()])
	if (!tarif) throw notFound(TIDAK_ADA)
	return { tarif, peristiwa }
}

export async function action({ request, params }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:layanan:any')
	const id = parseId(params.id)
	const formData = await request.formData()
	const parsed = parseForm(UbahTarifDendaSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const result = await updateTarifDenda(id, parsed.data)
	if (!result) throw notFound(TIDAK_ADA)
	if (!result.ok && 'konflik' in result) throw conflict('Tarif denda ini sudah diubah orang lain; muat ulang halaman lalu ulangi.')
	if (!result.ok) return data(formFailure(formData, result.errors), { status: 400 })
	return redirectWithFlash('/admin/tarif-denda', { jenis: 'sukses', pesan: 'Tarif denda disimpan.' })
}

export default function UbahTarifDenda() {
	const { tarif, peristiwa } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	return (
		<>
			<h1>Ubah tarif denda</h1>
			<p className="muted">Perubahan berlaku untuk permohonan yang diajukan sesudahnya; denda permohonan yang sudah tercatat tidak berubah.</p>
			<TarifDendaForm result={result} initial={tarif} peristiwa={peristiwa} />
		</>
	)
}
