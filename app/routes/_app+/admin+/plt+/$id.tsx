import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { listPilihanJabatan } from '~/modules/organisasi/jabatan.server'
import { HapusPenugasanPltSchema, UbahPenugasanPltSchema } from '~/modules/organisasi/plt.schema'
import { deletePenugasanPlt, getPenugasanPlt, listPilihanPengguna, updatePenugasanPlt } from '~/modules/organisasi/plt.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { conflict, notFound, parseId } from '~/utils/http.server'
import { hasPermission } from '~/utils/permissions.server'
import { PenugasanPltForm } from './__plt-form'

export const meta: MetaFunction = () => [{ title: 'Penugasan Plt/Plh — SIMADU' }]

const TIDAK_ADA = 'Penugasan Plt/Plh tidak ditemukan.'

export async function loader({ request, params }: LoaderFunctionArgs) {
	const { user } = await requireUserWithPermission(request, 'read:organisasi:any')
	const penugasan = await getPenugasanPlt(parseId(params.id))
	if (!penugasan) throw notFound(TIDAK_ADA)
	const [pengguna, jabatan] = await Promise.all([listPilihanPengguna(), listPilihanJabatan()])
	// the assigned user stays selectable even after their account was deactivated
	if (!pengguna.some((p) => p.value === penugasan.penggunaId)) {
		pengguna.push({ value: penugasan.penggunaId, label: `${penugasan.namaPegawai} (${penugasan.username}, nonaktif)` })
	}
	return { penugasan, pilihan: { pengguna, jabatan }, bolehUbah: hasPermission(user.authority, 'update:organisasi:any') }
}

export async function action({ request, params }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:organisasi:any')
	const id = parseId(params.id)
	const formData = await request.formData()
	if (formData.get('intent') === 'hapus') {
		const parsed = parseForm(HapusPenugasanPltSchema, formData)
		if (!parsed.ok) return data(parsed, { status: 400 })
		const hapus = await deletePenugasanPlt(id, parsed.data.version)
		if (!hapus) throw notFound(TIDAK_ADA)
		if (!hapus.ok) throw conflict()
		return redirectWithFlash('/admin/plt', { jenis: 'sukses', pesan: 'Penugasan Plt/Plh dihapus.' })
	}
	const parsed = parseForm(UbahPenugasanPltSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const result = await updatePenugasanPlt(id, parsed.data)
	if (!result) throw notFound(TIDAK_ADA)
	if (!result.ok && 'konflik' in result) throw conflict()
	if (!result.ok) return data(formFailure(formData, result.errors), { status: 400 })
	return redirectWithFlash('/admin/plt', { jenis: 'sukses', pesan: 'Penugasan Plt/Plh disimpan.' })
}

export default function UbahPenugasanPlt() {
	const { penugasan, pilihan, bolehUbah } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	return (
		<>
			<h1>
				{penugasan.jenis}. {penugasan.namaJabatan}
			</h1>
			<PenugasanPltForm result={result} initial={penugasan} pilihan={pilihan} bolehUbah={bolehUbah} />
			{bolehUbah ? (
				<Form method="post" onSubmit={(e) => !confirm('Hapus penugasan ini?') && e.preventDefault()}>
					<input type="hidden" name="version" value={penugasan.version} />
					<button type="submit" name="intent" value="hapus" className="button-bahaya">
						Hapus penugasan
					</button>
				</Form>
			) : null}
		</>
	)
}
