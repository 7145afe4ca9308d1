import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'
import { UnitKerjaSchema } from '~/modules/organisasi/unit-kerja.schema'
import { createUnitKerja, listPilihanUnitKerja } from '~/modules/organisasi/unit-kerja.server'
import { requireUserWithPermission } from '~/utils/auth.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { formFailure, parseForm } from '~/utils/forms'
import { conflict } from '~/utils/http.server'
import { UnitKerjaForm } from './__unit-kerja-form'

export const meta: MetaFunction = () => [{ title: 'Tambah unit kerja — SIMADU' }]

export async function loader({ request }: LoaderFunctionArgs) {
	await requireUserWithPermission(request, 'update:organisasi:any')
	const indukId = Number(new URL(request.url).searchParams.get('induk')) || null
	return { pilihanInduk: await listPilihanUnitKerja(), indukId }
}

export async function action({ request }: ActionFunctionArgs) {
	await requireUserWithPermission(request, 'update:organisasi:any')
	const formData = await request.formData()
	const parsed = parseForm(UnitKerjaSchema, formData)
	if (!parsed.ok) return data(parsed, { status: 400 })
	const result = await createUnitKerja(parsed.data)
	if (!result.ok && 'konflik' in result) throw conflict()
	if (!result.ok) return data(formFailure(formData, result.errors), { status: 400 })
	return redirectWithFlash('/admin/unit-kerja', { jenis: 'sukses', pesan: 'Unit kerja ditambahkan.' })
}

export default function TambahUnitKerja() {
	const { pilihanInduk, indukId } = useLoaderData<typeof loader>()
	const result = useActionData<typeof action>()
	return (
		<>
			<h1>Tambah unit kerja</h1>
			<UnitKerjaForm
				result={result}
				pilihanInduk={pilihanInduk}
				initial={{ kode: '', nama: '', jenis: '', indukId, urutan: 0, aktif: true }}
			/>
		</>
	)
}
