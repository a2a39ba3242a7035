/// The database schema as numbered migrations, each a list of single SQL statements (every
/// statement is sent on its own through PQsendQueryParams, which takes one at a time). Fixed text
/// only: no statement is ever built from user input. A database records the migrations it has
/// in `iq.schema_version`; `db migrate` applies the missing ones in one transaction.
///
/// Access model (README "Ein Netzwerk, mehrere Server: PostgreSQL"):
/// - `iq_counsellor` and `iq_coordinator` are group roles without login; a person's login role
///   is made a member of one (`GRANT iq_counsellor TO anna`).
/// - The network (partners, sites) and the budgets (measures, payments) are readable by both and
///   written by coordinators only.
/// - Cases: a counsellor reads and writes only cases of a site granted to them in `iq.members`,
///   by the site or by its Träger (the site's operator); coordinators see no case rows.
/// - `iq.case_counts()`: case counts per year and status for coordinators, counts below 5
///   withheld. The function runs with its owner's rights, so it counts every case without
///   opening one; no caller's filter reaches the rows beneath.
/// - `modified_by`/`modified_at` are set by the server (trigger) for everyone but the owner.
/// - The owner of the schema (who ran `db init`) is not subject to the policies: import, export.
public struct SchemaMigration: Sendable {
    public let version: Int
    public let summary: String
    public let statements: [String]
}

public enum SchemaMigrations {
    /// The schema this program works with.
    public static var current: Int { all.last?.version ?? 0 }

    public static let all: [SchemaMigration] = [
        SchemaMigration(version: 1, summary: "records as rows, roles, row-level security, case counts", statements: version1),
        SchemaMigration(version: 2, summary: "notify sessions of commits", statements: version2),
        SchemaMigration(version: 3, summary: "records read in id order without a sort", statements: version3),
    ]

    /// The records are read ordered by id byte by byte (`COLLATE "C"`, whatever the database's
    /// collation); the primary key's index has the database's, so 100,000 cases were sorted on
    /// every load (on disk beyond work_mem). An index in that order reads them without a sort.
    static let version3: [String] = RecordTableName.allCases.map { table in
        "CREATE INDEX \(table.rawValue)_id_bytes ON iq.\(table.rawValue) (id COLLATE \"C\")"
    }

    /// Each changed row notifies channel `iq_changes` with "table id" when its transaction
    /// commits, so running sessions read just those rows again (`--store`). Only ids go out,
    /// which every listener on the database hears, never a name or a case number.
    static let version2: [String] = [
        """
        CREATE FUNCTION iq.notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('iq_changes', TG_TABLE_NAME || ' ' || CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
            RETURN NULL;
        END $$
        """,
    ] + ["partners", "sites", "measures", "cases", "payments"].map { table in
        "CREATE TRIGGER notify_change AFTER INSERT OR UPDATE OR DELETE ON iq.\(table) FOR EACH ROW EXECUTE FUNCTION iq.notify_change()"
    }

    /// Only the role names are fixed across a cluster; everything else lives in schema `iq`.
    static let version1: [String] = [
        "CREATE SCHEMA iq",
        """
        CREATE TABLE iq.schema_version (
            version integer PRIMARY KEY,
            summary text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now(),
            applied_by text NOT NULL DEFAULT session_user)
        """,
        // Roles belong to the cluster, not to one database: a second database keeps them.
        """
        DO $$ BEGIN
            IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'iq_counsellor') THEN
                CREATE ROLE iq_counsellor NOLOGIN;
            END IF;
            IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'iq_coordinator') THEN
                CREATE ROLE iq_coordinator NOLOGIN;
            END IF;
        END $$
        """,
        // Every record table: the record as the snapshot codec writes it (a binary property list
        // of `format`), its id, its revision as the row version, who changed it and when; plus
        // the few fields the policies and the statistics need, copied out of the record.
        recordTable("partners", extra: ""),
        recordTable("sites", extra: "operator_id text,"),
        recordTable("measures", extra: ""),
        recordTable("cases", extra: "site_id text, status text NOT NULL, year integer,"),
        recordTable("payments", extra: "measure_id text NOT NULL,"),
        "CREATE INDEX cases_site ON iq.cases (site_id)",
        "CREATE INDEX sites_operator ON iq.sites (operator_id)",
        // Who works where: one row per role and site, or per role and Träger (all its sites).
        """
        CREATE TABLE iq.members (
            member name NOT NULL,
            site_id text,
            operator_id text,
            CHECK ((site_id IS NULL) <> (operator_id IS NULL)),
            UNIQUE NULLS NOT DISTINCT (member, site_id, operator_id))
        """,
        // Invoker's rights: current_user is the person (or the role set with SET ROLE), and
        // group roles count (a grant to a team role opens its sites to every member).
        """
        CREATE FUNCTION iq.may_work_on(site text) RETURNS boolean
        LANGUAGE sql STABLE SET search_path = pg_catalog, iq AS $$
            SELECT site IS NOT NULL AND EXISTS (
                SELECT 1 FROM iq.members m JOIN pg_catalog.pg_roles r ON r.rolname = m.member
                WHERE pg_catalog.pg_has_role(current_user, r.oid, 'MEMBER')
                  AND (m.site_id = site
                       OR m.operator_id = (SELECT s.operator_id FROM iq.sites s WHERE s.id = site)))
        $$
        """,
        "ALTER TABLE iq.cases ENABLE ROW LEVEL SECURITY",
        """
        CREATE POLICY cases_of_own_sites ON iq.cases FOR ALL TO iq_counsellor
            USING (iq.may_work_on(site_id)) WITH CHECK (iq.may_work_on(site_id))
        """,
        // A function, not a view: a view over iq.cases lets the caller's filters and functions
        // reach the rows under the aggregate (EXPLAIN ANALYZE counts them, a leaky function sees
        // them). A SECURITY DEFINER function is never inlined; only its result rows come out.
        """
        CREATE FUNCTION iq.case_counts()
        RETURNS TABLE (year integer, status text, cases bigint, below_threshold boolean)
        LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            RETURN QUERY SELECT c.year, c.status,
                   CASE WHEN count(*) < 5 THEN NULL ELSE count(*) END, count(*) < 5
            FROM iq.cases c GROUP BY c.year, c.status;
        END $$
        """,
        "REVOKE ALL ON FUNCTION iq.case_counts() FROM PUBLIC",
        // Who wrote a row is the server's word, not the client's: a counsellor cannot write
        // another name. The schema's owner (import of a file) keeps the names the file has.
        """
        CREATE FUNCTION iq.stamp_row() RETURNS trigger
        LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
        BEGIN
            IF NOT pg_has_role(session_user, (SELECT nspowner FROM pg_namespace WHERE nspname = 'iq'), 'MEMBER') THEN
                NEW.modified_by := session_user;
                NEW.modified_at := now();
            END IF;
            RETURN NEW;
        END $$
        """,
        "GRANT USAGE ON SCHEMA iq TO iq_counsellor, iq_coordinator",
        "GRANT SELECT ON iq.schema_version, iq.members, iq.partners, iq.sites, iq.measures, iq.payments TO iq_counsellor, iq_coordinator",
        "GRANT INSERT, UPDATE, DELETE ON iq.partners, iq.sites, iq.measures, iq.payments TO iq_coordinator",
        "GRANT SELECT, INSERT, UPDATE, DELETE ON iq.cases TO iq_counsellor",
        "GRANT EXECUTE ON FUNCTION iq.case_counts() TO iq_coordinator",
    ] + RecordTableName.allCases.map {
        "CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON iq.\($0.rawValue) FOR EACH ROW EXECUTE FUNCTION iq.stamp_row()"
    }

    private static func recordTable(_ name: String, extra: String) -> String {
        """
        CREATE TABLE iq.\(name) (
            id text PRIMARY KEY,
            version integer NOT NULL,
            modified_by text NOT NULL,
            modified_at timestamptz NOT NULL,
            \(extra)
            format integer NOT NULL,
            record bytea NOT NULL)
        """
    }
}
