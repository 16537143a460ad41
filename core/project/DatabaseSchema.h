// SPDX-License-Identifier: GPL-3.0-or-later
// The team database's schema (see DatabaseProject.h), version 1: statements run in order, in one
// transaction, by the first publish. Constant text only: no value is ever spliced into it.
#pragma once

namespace hp::project::schema {

inline constexpr const char* kVersion1[] = {
    "CREATE SCHEMA habitat",
    "CREATE SCHEMA IF NOT EXISTS habitat_data",
    "CREATE TABLE habitat.schema_info (key text PRIMARY KEY, value text NOT NULL)",
    "CREATE TABLE habitat.projects ("
    " id bigserial PRIMARY KEY,"
    " name text NOT NULL UNIQUE,"
    " crs text NOT NULL DEFAULT '',"
    " model_json text NOT NULL DEFAULT '{}',"
    " default_view text NOT NULL DEFAULT '',"
    " active_forest_version integer NOT NULL DEFAULT 0,"
    " embed_data boolean NOT NULL DEFAULT false,"
    " version integer NOT NULL DEFAULT 1,"
    " updated_by text NOT NULL DEFAULT session_user,"
    " updated_at timestamptz NOT NULL DEFAULT clock_timestamp())",
    // embedded = 'table': layer_name is a table of this database (schema-qualified), path is empty.
    "CREATE TABLE habitat.layers ("
    " project_id bigint NOT NULL REFERENCES habitat.projects ON DELETE CASCADE,"
    " position integer NOT NULL,"
    " role text NOT NULL, name text NOT NULL, path text NOT NULL, layer_name text NOT NULL,"
    " visible boolean NOT NULL, opacity double precision NOT NULL, style text NOT NULL,"
    " embedded text NOT NULL DEFAULT '' CHECK (embedded IN ('', 'table')),"
    " PRIMARY KEY (project_id, position))",
    "CREATE TABLE habitat.forest_versions ("
    " project_id bigint NOT NULL REFERENCES habitat.projects ON DELETE CASCADE,"
    " position integer NOT NULL,"
    " version_id integer NOT NULL, date text NOT NULL, path text NOT NULL, method text NOT NULL, source text NOT NULL,"
    " PRIMARY KEY (project_id, position))",
    "CREATE TABLE habitat.candidates ("
    " id bigserial PRIMARY KEY,"
    " project_id bigint NOT NULL REFERENCES habitat.projects ON DELETE CASCADE,"
    " position integer NOT NULL,"
    " name text NOT NULL, color text NOT NULL,"
    " parcel_ids text[] NOT NULL DEFAULT '{}',"
    " drawn geometry,"
    " version integer NOT NULL DEFAULT 1,"
    " updated_by text NOT NULL DEFAULT session_user,"
    " updated_at timestamptz NOT NULL DEFAULT clock_timestamp())",
    "CREATE INDEX candidates_project ON habitat.candidates (project_id, position)",
    "CREATE TABLE habitat.views ("
    " project_id bigint NOT NULL REFERENCES habitat.projects ON DELETE CASCADE,"
    " role_name text NOT NULL DEFAULT session_user,"
    " view text NOT NULL,"
    " PRIMARY KEY (project_id, role_name))",
    // No foreign key: the log outlives a deleted project, as a record of it.
    "CREATE TABLE habitat.change_log ("
    " id bigserial PRIMARY KEY,"
    " project_id bigint NOT NULL,"
    " candidate_id bigint,"  // null: the project's layers and settings
    " candidate_name text NOT NULL DEFAULT '',"
    " action text NOT NULL,"
    " version integer NOT NULL,"
    " detail text NOT NULL DEFAULT '',"
    " changed_by text NOT NULL,"
    " changed_at timestamptz NOT NULL)",
    "CREATE INDEX change_log_project ON habitat.change_log (project_id, id)",
    "CREATE INDEX change_log_candidate ON habitat.change_log (candidate_id, id)",
    "CREATE SEQUENCE habitat.data_tables",
    // Versions and authors are the server's word, not the client's.
    "CREATE FUNCTION habitat.stamp() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN "
    "  IF TG_OP = 'UPDATE' THEN NEW.version := OLD.version + 1; ELSE NEW.version := 1; END IF; "
    "  NEW.updated_by := session_user; "
    "  NEW.updated_at := clock_timestamp(); "
    "  RETURN NEW; "
    "END $$",
    "CREATE TRIGGER candidates_stamp BEFORE INSERT OR UPDATE ON habitat.candidates "
    "FOR EACH ROW EXECUTE FUNCTION habitat.stamp()",
    "CREATE TRIGGER projects_stamp BEFORE INSERT OR UPDATE ON habitat.projects "
    "FOR EACH ROW EXECUTE FUNCTION habitat.stamp()",
    // SECURITY DEFINER: planners append to the log only through these triggers; they cannot edit it.
    "CREATE FUNCTION habitat.log_candidate() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = pg_catalog, pg_temp AS $$ "
    "DECLARE r habitat.candidates; "
    "BEGIN "
    "  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF; "
    "  INSERT INTO habitat.change_log (project_id, candidate_id, candidate_name, action, version, detail, changed_by, changed_at) "
    "  VALUES (r.project_id, r.id, r.name, lower(TG_OP), r.version, "
    "          cardinality(r.parcel_ids) || ' parcels' || CASE WHEN r.drawn IS NULL THEN '' ELSE ', drawn polygons' END, "
    "          session_user, clock_timestamp()); "
    "  PERFORM pg_notify('habitat_planner', json_build_object('project', r.project_id, 'candidate', r.id, "
    "          'action', lower(TG_OP), 'version', r.version, 'by', session_user)::text); "
    "  RETURN NULL; "
    "END $$",
    "CREATE TRIGGER candidates_log AFTER INSERT OR UPDATE OR DELETE ON habitat.candidates "
    "FOR EACH ROW EXECUTE FUNCTION habitat.log_candidate()",
    "CREATE FUNCTION habitat.log_project() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = pg_catalog, pg_temp AS $$ "
    "DECLARE r habitat.projects; "
    "BEGIN "
    "  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF; "
    "  INSERT INTO habitat.change_log (project_id, candidate_id, candidate_name, action, version, detail, changed_by, changed_at) "
    "  VALUES (r.id, NULL, '', lower(TG_OP), r.version, 'project ' || r.name, session_user, clock_timestamp()); "
    "  PERFORM pg_notify('habitat_planner', json_build_object('project', r.id, 'candidate', NULL, "
    "          'action', lower(TG_OP), 'version', r.version, 'by', session_user)::text); "
    "  RETURN NULL; "
    "END $$",
    "CREATE TRIGGER projects_log AFTER INSERT OR UPDATE OR DELETE ON habitat.projects "
    "FOR EACH ROW EXECUTE FUNCTION habitat.log_project()",
    // Embedded tables are named by the server (%I quotes the identifier): no client text becomes SQL.
    "CREATE FUNCTION habitat.drop_data_table(qualified text) RETURNS void LANGUAGE plpgsql AS $$ "
    "BEGIN "
    "  IF split_part(qualified, '.', 1) <> 'habitat_data' THEN RETURN; END IF; "
    "  EXECUTE format('DROP TABLE IF EXISTS habitat_data.%I', substr(qualified, length('habitat_data.') + 1)); "
    "END $$",
};

}  // namespace hp::project::schema
