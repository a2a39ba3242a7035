// Shim for the system libpq (Debian: libpq-dev). Built only with the PostgreSQL trait.
#ifndef IQ_CLIBPQ_SHIM_H
#define IQ_CLIBPQ_SHIM_H

#include <libpq-fe.h>

// The error fields are character-literal macros, which Swift does not import.
static inline int iq_pg_diag_sqlstate(void) { return PG_DIAG_SQLSTATE; }
static inline int iq_pg_diag_message_primary(void) { return PG_DIAG_MESSAGE_PRIMARY; }

// Notices (an IF NOT EXISTS that found its object, say) would go to standard error unasked.
static void iq_pg_ignore_notice(void *arg, const char *message) { (void)arg; (void)message; }
static inline void iq_pg_quiet_notices(PGconn *conn) { PQsetNoticeProcessor(conn, iq_pg_ignore_notice, NULL); }

#endif
