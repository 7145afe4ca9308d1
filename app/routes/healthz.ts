import { getDb } from '~/utils/db.server'
import { logger } from '~/utils/logger.server'

/** For load balancers and monitoring: 200 when the database answers, 503 when it does not. */
export async function loader() {
	try {
		await getDb().query('SELECT 1')
		return Response.json({ status: 'ok', db: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
	} catch (error) {
		logger.error({ err: error }, 'pemeriksaan kesehatan: basis data tidak menjawab')
		return Response.json({ status: 'error', db: 'error' }, { status: 503, headers: { 'Cache-Control': 'no-store' } })
	}
}
