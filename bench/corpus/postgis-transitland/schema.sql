--
-- PostgreSQL database dump
--

\restrict hlBj0uLWUjHVmMDApaOqEUZKRSxmpZyEMkaYnTuOa4CqpfDxPOkXJS2Mhf3I56M

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;


--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';


--
-- Name: hstore; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS hstore WITH SCHEMA public;


--
-- Name: EXTENSION hstore; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';


--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


--
-- Name: postgis; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS postgis WITH SCHEMA public;


--
-- Name: EXTENSION postgis; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION postgis IS 'PostGIS geometry and geography spatial types and functions';


--
-- Name: unaccent; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;


--
-- Name: EXTENSION unaccent; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION unaccent IS 'text search dictionary that removes accents';


--
-- Name: river_job_state; Type: TYPE; Schema: public; Owner: -
--

CREATE TYPE public.river_job_state AS ENUM (
    'available',
    'cancelled',
    'completed',
    'discarded',
    'pending',
    'retryable',
    'running',
    'scheduled'
);


--
-- Name: river_job_state_in_bitmask(bit, public.river_job_state); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.river_job_state_in_bitmask(bitmask bit, state public.river_job_state) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$
    SELECT CASE state
        WHEN 'available' THEN get_bit(bitmask, 7)
        WHEN 'cancelled' THEN get_bit(bitmask, 6)
        WHEN 'completed' THEN get_bit(bitmask, 5)
        WHEN 'discarded' THEN get_bit(bitmask, 4)
        WHEN 'pending' THEN get_bit(bitmask, 3)
        WHEN 'retryable' THEN get_bit(bitmask, 2)
        WHEN 'running' THEN get_bit(bitmask, 1)
        WHEN 'scheduled' THEN get_bit(bitmask, 0)
        ELSE 0
    END = 1;
$$;


--
-- Name: tl; Type: TEXT SEARCH CONFIGURATION; Schema: public; Owner: -
--

CREATE TEXT SEARCH CONFIGURATION public.tl (
    PARSER = pg_catalog."default" );

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR asciiword WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR word WITH public.unaccent;

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR numword WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR email WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR url WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR host WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR sfloat WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR version WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR hword_numpart WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR hword_part WITH public.unaccent;

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR hword_asciipart WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR numhword WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR asciihword WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR hword WITH public.unaccent;

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR url_path WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR file WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR "float" WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR "int" WITH simple;

ALTER TEXT SEARCH CONFIGURATION public.tl
    ADD MAPPING FOR uint WITH simple;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: tl_agency_places; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_agency_places (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    agency_id bigint NOT NULL,
    count integer NOT NULL,
    rank double precision NOT NULL,
    name character varying,
    adm1name character varying,
    adm0name character varying,
    best_match boolean,
    best_match_type integer
);


--
-- Name: agency_places_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.agency_places_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: agency_places_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.agency_places_id_seq OWNED BY public.tl_agency_places.id;


--
-- Name: current_feeds; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.current_feeds (
    id bigint NOT NULL,
    onestop_id character varying NOT NULL,
    url character varying,
    spec character varying DEFAULT 'gtfs'::character varying NOT NULL,
    tags public.hstore,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    name character varying,
    type character varying,
    auth jsonb DEFAULT '{}'::jsonb NOT NULL,
    urls jsonb DEFAULT '{}'::jsonb NOT NULL,
    deleted_at timestamp without time zone,
    license jsonb DEFAULT '{}'::jsonb NOT NULL,
    languages jsonb DEFAULT '[]'::jsonb NOT NULL,
    file character varying DEFAULT ''::character varying NOT NULL,
    textsearch tsvector GENERATED ALWAYS AS (((setweight(to_tsvector('public.tl'::regconfig, (onestop_id)::text), 'A'::"char") || setweight(to_tsvector('public.tl'::regconfig, (COALESCE(name, ''::character varying))::text), 'A'::"char")) || setweight(to_tsvector('public.tl'::regconfig, COALESCE((urls ->> 'static_current'::text), ''::text)), 'B'::"char"))) STORED,
    feed_tags jsonb,
    description text
);


--
-- Name: current_feeds_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.current_feeds_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: current_feeds_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.current_feeds_id_seq OWNED BY public.current_feeds.id;


--
-- Name: current_operators; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.current_operators (
    id integer NOT NULL,
    name character varying,
    tags public.hstore,
    created_at timestamp without time zone DEFAULT now(),
    updated_at timestamp without time zone DEFAULT now(),
    onestop_id character varying,
    geometry public.geography(Geometry,4326),
    created_or_updated_in_changeset_id integer,
    version integer,
    timezone character varying,
    short_name character varying,
    website character varying,
    country character varying,
    state character varying,
    metro character varying,
    edited_attributes character varying[] DEFAULT '{}'::character varying[],
    associated_feeds jsonb DEFAULT '{}'::jsonb NOT NULL,
    deleted_at timestamp without time zone,
    textsearch tsvector GENERATED ALWAYS AS (((setweight(to_tsvector('public.tl'::regconfig, (COALESCE(name, ''::character varying))::text), 'A'::"char") || setweight(to_tsvector('public.tl'::regconfig, (COALESCE(short_name, ''::character varying))::text), 'A'::"char")) || setweight(to_tsvector('public.tl'::regconfig, (COALESCE(onestop_id, ''::character varying))::text), 'A'::"char"))) STORED,
    operator_tags jsonb,
    file text NOT NULL
);


--
-- Name: current_operators_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.current_operators_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: current_operators_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.current_operators_id_seq OWNED BY public.current_operators.id;


--
-- Name: current_operators_in_feed; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.current_operators_in_feed (
    id integer NOT NULL,
    gtfs_agency_id character varying,
    version integer,
    created_at timestamp without time zone DEFAULT now(),
    updated_at timestamp without time zone DEFAULT now(),
    operator_id integer,
    feed_id integer,
    created_or_updated_in_changeset_id integer,
    agency_id bigint,
    resolved_onestop_id text,
    resolved_gtfs_agency_id text,
    resolved_name text,
    resolved_short_name text,
    resolved_places text,
    textsearch tsvector GENERATED ALWAYS AS (((((setweight(to_tsvector('public.tl'::regconfig, COALESCE(resolved_onestop_id, (''::character varying)::text)), 'A'::"char") || setweight(to_tsvector('public.tl'::regconfig, COALESCE(resolved_name, (''::character varying)::text)), 'A'::"char")) || setweight(to_tsvector('public.tl'::regconfig, COALESCE(resolved_short_name, (''::character varying)::text)), 'B'::"char")) || setweight(to_tsvector('public.tl'::regconfig, COALESCE(resolved_places, (''::character varying)::text)), 'B'::"char")) || setweight(to_tsvector('public.tl'::regconfig, COALESCE(resolved_gtfs_agency_id, (''::character varying)::text)), 'C'::"char"))) STORED
);


--
-- Name: current_operators_in_feed_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.current_operators_in_feed_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: current_operators_in_feed_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.current_operators_in_feed_id_seq OWNED BY public.current_operators_in_feed.id;


--
-- Name: ext_performance_stop_observations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ext_performance_stop_observations (
    id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    feed_version_id bigint NOT NULL,
    trip_id text,
    route_id text,
    agency_id text,
    direction_id integer,
    trip_start_time integer,
    trip_start_date date,
    schedule_relationship text,
    vehicle_id text,
    source text,
    stop_sequence integer,
    observed_arrival_time integer,
    observed_departure_time integer,
    uncertainty integer,
    dwell_time_secs integer,
    scheduled_dwell_time_secs integer,
    occupancy_status integer,
    occupancy_percentage integer,
    observed_arrival_delay integer,
    scheduled_arrival_time integer,
    scheduled_departure_time integer,
    from_stop_id text,
    to_stop_id text,
    distance double precision,
    duration double precision,
    speed_mph double precision,
    build_id text,
    source_id text
);


--
-- Name: ext_performance_stop_observations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ext_performance_stop_observations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ext_performance_stop_observations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ext_performance_stop_observations_id_seq OWNED BY public.ext_performance_stop_observations.id;


--
-- Name: ext_plus_calendar_attributes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ext_plus_calendar_attributes (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    feed_version_id bigint NOT NULL,
    service_id bigint NOT NULL,
    service_description text NOT NULL
);


--
-- Name: ext_plus_calendar_attributes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ext_plus_calendar_attributes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ext_plus_calendar_attributes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ext_plus_calendar_attributes_id_seq OWNED BY public.ext_plus_calendar_attributes.id;


--
-- Name: ext_plus_directions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ext_plus_directions (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    feed_version_id bigint NOT NULL,
    route_id bigint NOT NULL,
    direction_id text NOT NULL,
    direction text NOT NULL
);


--
-- Name: ext_plus_directions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ext_plus_directions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ext_plus_directions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ext_plus_directions_id_seq OWNED BY public.ext_plus_directions.id;


--
-- Name: ext_plus_fare_rider_categories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ext_plus_fare_rider_categories (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    feed_version_id bigint NOT NULL,
    fare_id bigint NOT NULL,
    rider_category_id integer NOT NULL,
    price text NOT NULL,
    expiration_date date,
    commencement_date date
);


--
-- Name: ext_plus_fare_rider_categories_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ext_plus_fare_rider_categories_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ext_plus_fare_rider_categories_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ext_plus_fare_rider_categories_id_seq OWNED BY public.ext_plus_fare_rider_categories.id;


--
-- Name: ext_plus_farezone_attributes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ext_plus_farezone_attributes (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    feed_version_id bigint NOT NULL,
    zone_id text NOT NULL,
    zone_name text NOT NULL
);


--
-- Name: ext_plus_farezone_attributes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ext_plus_farezone_attributes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ext_plus_farezone_attributes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ext_plus_farezone_attributes_id_seq OWNED BY public.ext_plus_farezone_attributes.id;


--
-- Name: ext_plus_realtime_routes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ext_plus_realtime_routes (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    feed_version_id bigint NOT NULL,
    route_id bigint NOT NULL,
    realtime_enabled integer NOT NULL
);


--
-- Name: ext_plus_realtime_routes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ext_plus_realtime_routes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ext_plus_realtime_routes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ext_plus_realtime_routes_id_seq OWNED BY public.ext_plus_realtime_routes.id;


--
-- Name: ext_plus_realtime_stops; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ext_plus_realtime_stops (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    feed_version_id bigint NOT NULL,
    trip_id bigint NOT NULL,
    stop_id bigint NOT NULL,
    realtime_stop_id text NOT NULL
);


--
-- Name: ext_plus_realtime_stops_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ext_plus_realtime_stops_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ext_plus_realtime_stops_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ext_plus_realtime_stops_id_seq OWNED BY public.ext_plus_realtime_stops.id;


--
-- Name: ext_plus_realtime_trips; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ext_plus_realtime_trips (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    feed_version_id bigint NOT NULL,
    trip_id bigint NOT NULL,
    realtime_trip_id text NOT NULL
);


--
-- Name: ext_plus_realtime_trips_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ext_plus_realtime_trips_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ext_plus_realtime_trips_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ext_plus_realtime_trips_id_seq OWNED BY public.ext_plus_realtime_trips.id;


--
-- Name: ext_plus_rider_categories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ext_plus_rider_categories (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    feed_version_id bigint NOT NULL,
    agency_id bigint NOT NULL,
    rider_category_id integer NOT NULL,
    rider_category_description text NOT NULL
);


--
-- Name: ext_plus_rider_categories_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ext_plus_rider_categories_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ext_plus_rider_categories_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ext_plus_rider_categories_id_seq OWNED BY public.ext_plus_rider_categories.id;


--
-- Name: ext_plus_route_attributes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ext_plus_route_attributes (
    id bigint NOT NULL,
    feed_version_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    route_id bigint NOT NULL,
    category integer,
    subcategory integer,
    running_way integer
);


--
-- Name: ext_plus_route_attributes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ext_plus_route_attributes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ext_plus_route_attributes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ext_plus_route_attributes_id_seq OWNED BY public.ext_plus_route_attributes.id;


--
-- Name: ext_plus_stop_attributes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ext_plus_stop_attributes (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    feed_version_id bigint NOT NULL,
    stop_id bigint NOT NULL,
    accessibility_id integer NOT NULL,
    cardinal_direction text NOT NULL,
    relative_position text NOT NULL,
    stop_city text NOT NULL
);


--
-- Name: ext_plus_stop_attributes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ext_plus_stop_attributes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ext_plus_stop_attributes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ext_plus_stop_attributes_id_seq OWNED BY public.ext_plus_stop_attributes.id;


--
-- Name: ext_plus_timepoints; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ext_plus_timepoints (
    id bigint NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    feed_version_id bigint NOT NULL,
    trip_id bigint NOT NULL,
    stop_id bigint NOT NULL
);


--
-- Name: ext_plus_timepoints_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ext_plus_timepoints_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ext_plus_timepoints_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ext_plus_timepoints_id_seq OWNED BY public.ext_plus_timepoints.id;


--
-- Name: feed_fetches; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feed_fetches (
    id bigint NOT NULL,
    feed_id bigint NOT NULL,
    url_type text NOT NULL,
    url text NOT NULL,
    success boolean NOT NULL,
    fetched_at timestamp without time zone NOT NULL,
    fetch_error text,
    response_size integer,
    response_code integer,
    response_sha1 text,
    feed_version_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    response_ttfb_ms integer,
    response_time_ms integer,
    validation_duration_ms integer,
    upload_duration_ms integer,
    storage_key text
)
PARTITION BY LIST (url_type);


--
-- Name: feed_fetches_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.feed_fetches_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: feed_fetches_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.feed_fetches_id_seq OWNED BY public.feed_fetches.id;


--
-- Name: feed_fetches_gbfs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feed_fetches_gbfs (
    id bigint DEFAULT nextval('public.feed_fetches_id_seq'::regclass) NOT NULL,
    feed_id bigint NOT NULL,
    url_type text NOT NULL,
    url text NOT NULL,
    success boolean NOT NULL,
    fetched_at timestamp without time zone NOT NULL,
    fetch_error text,
    response_size integer,
    response_code integer,
    response_sha1 text,
    feed_version_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    response_ttfb_ms integer,
    response_time_ms integer,
    validation_duration_ms integer,
    upload_duration_ms integer,
    storage_key text
)
PARTITION BY RANGE (fetched_at);


--
-- Name: feed_fetches_gbfs_default; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feed_fetches_gbfs_default (
    id bigint DEFAULT nextval('public.feed_fetches_id_seq'::regclass) NOT NULL,
    feed_id bigint NOT NULL,
    url_type text NOT NULL,
    url text NOT NULL,
    success boolean NOT NULL,
    fetched_at timestamp without time zone NOT NULL,
    fetch_error text,
    response_size integer,
    response_code integer,
    response_sha1 text,
    feed_version_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    response_ttfb_ms integer,
    response_time_ms integer,
    validation_duration_ms integer,
    upload_duration_ms integer,
    storage_key text
);


--
-- Name: feed_fetches_old; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feed_fetches_old (
    id bigint DEFAULT nextval('public.feed_fetches_id_seq'::regclass) NOT NULL,
    feed_id bigint NOT NULL,
    url_type text NOT NULL,
    url text NOT NULL,
    success boolean NOT NULL,
    fetched_at timestamp without time zone,
    fetch_error text,
    response_size integer,
    response_code integer,
    response_sha1 text,
    feed_version_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    response_ttfb_ms integer,
    response_time_ms integer,
    validation_duration_ms integer,
    upload_duration_ms integer,
    storage_key text
);


--
-- Name: feed_fetches_rt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feed_fetches_rt (
    id bigint DEFAULT nextval('public.feed_fetches_id_seq'::regclass) NOT NULL,
    feed_id bigint NOT NULL,
    url_type text NOT NULL,
    url text NOT NULL,
    success boolean NOT NULL,
    fetched_at timestamp without time zone NOT NULL,
    fetch_error text,
    response_size integer,
    response_code integer,
    response_sha1 text,
    feed_version_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    response_ttfb_ms integer,
    response_time_ms integer,
    validation_duration_ms integer,
    upload_duration_ms integer,
    storage_key text
)
PARTITION BY RANGE (fetched_at);


--
-- Name: feed_fetches_rt_default; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feed_fetches_rt_default (
    id bigint DEFAULT nextval('public.feed_fetches_id_seq'::regclass) NOT NULL,
    feed_id bigint NOT NULL,
    url_type text NOT NULL,
    url text NOT NULL,
    success boolean NOT NULL,
    fetched_at timestamp without time zone NOT NULL,
    fetch_error text,
    response_size integer,
    response_code integer,
    response_sha1 text,
    feed_version_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    response_ttfb_ms integer,
    response_time_ms integer,
    validation_duration_ms integer,
    upload_duration_ms integer,
    storage_key text
);


--
-- Name: feed_fetches_static; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feed_fetches_static (
    id bigint DEFAULT nextval('public.feed_fetches_id_seq'::regclass) NOT NULL,
    feed_id bigint NOT NULL,
    url_type text NOT NULL,
    url text NOT NULL,
    success boolean NOT NULL,
    fetched_at timestamp without time zone NOT NULL,
    fetch_error text,
    response_size integer,
    response_code integer,
    response_sha1 text,
    feed_version_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    response_ttfb_ms integer,
    response_time_ms integer,
    validation_duration_ms integer,
    upload_duration_ms integer,
    storage_key text
);


--
-- Name: feed_fetches_unknown; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feed_fetches_unknown (
    id bigint DEFAULT nextval('public.feed_fetches_id_seq'::regclass) NOT NULL,
    feed_id bigint NOT NULL,
    url_type text NOT NULL,
    url text NOT NULL,
    success boolean NOT NULL,
    fetched_at timestamp without time zone NOT NULL,
    fetch_error text,
    response_size integer,
    response_code integer,
    response_sha1 text,
    feed_version_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    response_ttfb_ms integer,
    response_time_ms integer,
    validation_duration_ms integer,
    upload_duration_ms integer,
    storage_key text
);


--
-- Name: feed_states; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feed_states (
    id bigint NOT NULL,
    feed_id bigint NOT NULL,
    feed_version_id bigint,
    feed_realtime_enabled boolean DEFAULT false NOT NULL,
    feed_priority integer,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    feed_version_import_retention_period integer DEFAULT 90 NOT NULL,
    public boolean DEFAULT false NOT NULL,
    fetch_wait integer,
    rt_retention_period integer DEFAULT 0 NOT NULL,
    active_feed_version_id bigint,
    materialized_feed_version_id bigint,
    exclude_from_global boolean DEFAULT false NOT NULL,
    onestop_id_retention_period integer DEFAULT 0 NOT NULL
);


--
-- Name: feed_states_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.feed_states_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: feed_states_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.feed_states_id_seq OWNED BY public.feed_states.id;


--
-- Name: feed_version_agency_onestop_ids; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feed_version_agency_onestop_ids (
    feed_version_id bigint NOT NULL,
    entity_id text NOT NULL,
    onestop_id text NOT NULL
);


--
-- Name: feed_version_file_infos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feed_version_file_infos (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    name text NOT NULL,
    size bigint NOT NULL,
    rows bigint NOT NULL,
    columns integer NOT NULL,
    sha1 text NOT NULL,
    header text NOT NULL,
    csv_like boolean NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    values_count jsonb DEFAULT '{}'::jsonb NOT NULL,
    values_unique jsonb DEFAULT '{}'::jsonb NOT NULL
);


--
-- Name: feed_version_file_infos_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.feed_version_file_infos_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: feed_version_file_infos_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.feed_version_file_infos_id_seq OWNED BY public.feed_version_file_infos.id;


--
-- Name: feed_version_gtfs_imports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feed_version_gtfs_imports (
    id bigint NOT NULL,
    success boolean NOT NULL,
    import_log text NOT NULL,
    exception_log text NOT NULL,
    import_level integer NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    feed_version_id bigint NOT NULL,
    in_progress boolean DEFAULT false NOT NULL,
    skip_entity_error_count jsonb,
    warning_count jsonb,
    entity_count jsonb,
    generated_count jsonb,
    skip_entity_reference_count jsonb,
    skip_entity_filter_count jsonb,
    skip_entity_marked_count jsonb,
    interpolated_stop_time_count integer,
    schedule_removed boolean DEFAULT false NOT NULL,
    import_source text DEFAULT 'automatic'::text NOT NULL
);


--
-- Name: feed_version_gtfs_imports_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.feed_version_gtfs_imports_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: feed_version_gtfs_imports_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.feed_version_gtfs_imports_id_seq OWNED BY public.feed_version_gtfs_imports.id;


--
-- Name: feed_version_route_onestop_ids; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feed_version_route_onestop_ids (
    feed_version_id bigint NOT NULL,
    entity_id text NOT NULL,
    onestop_id text NOT NULL
);


--
-- Name: feed_version_service_levels; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feed_version_service_levels (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    route_id text,
    start_date date NOT NULL,
    end_date date NOT NULL,
    agency_name text,
    route_short_name text,
    route_long_name text,
    route_type integer,
    monday bigint NOT NULL,
    tuesday bigint NOT NULL,
    wednesday bigint NOT NULL,
    thursday bigint NOT NULL,
    friday bigint NOT NULL,
    saturday bigint NOT NULL,
    sunday bigint NOT NULL
);


--
-- Name: feed_version_service_levels_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.feed_version_service_levels_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: feed_version_service_levels_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.feed_version_service_levels_id_seq OWNED BY public.feed_version_service_levels.id;


--
-- Name: feed_version_service_windows; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feed_version_service_windows (
    id bigint NOT NULL,
    feed_version_id bigint,
    feed_start_date date,
    feed_end_date date,
    earliest_calendar_date date,
    latest_calendar_date date,
    fallback_week date,
    default_timezone text,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: feed_version_service_windows_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.feed_version_service_windows_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: feed_version_service_windows_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.feed_version_service_windows_id_seq OWNED BY public.feed_version_service_windows.id;


--
-- Name: feed_version_stop_onestop_ids; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feed_version_stop_onestop_ids (
    feed_version_id bigint NOT NULL,
    entity_id text NOT NULL,
    onestop_id text NOT NULL
);


--
-- Name: feed_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.feed_versions (
    id bigint NOT NULL,
    feed_id bigint NOT NULL,
    feed_type character varying DEFAULT 'gtfs'::character varying NOT NULL,
    file character varying DEFAULT ''::character varying NOT NULL,
    earliest_calendar_date date NOT NULL,
    latest_calendar_date date NOT NULL,
    sha1 character varying NOT NULL,
    tags public.hstore,
    fetched_at timestamp without time zone NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    url character varying DEFAULT ''::character varying NOT NULL,
    deleted_at timestamp without time zone,
    sha1_dir character varying,
    name text,
    description text,
    created_by text,
    updated_by text,
    fragment text
);


--
-- Name: feed_versions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.feed_versions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: feed_versions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.feed_versions_id_seq OWNED BY public.feed_versions.id;


--
-- Name: gtfs_agencies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_agencies (
    id bigint NOT NULL,
    agency_id character varying NOT NULL,
    agency_name character varying NOT NULL,
    agency_url character varying NOT NULL,
    agency_timezone character varying NOT NULL,
    agency_lang character varying,
    agency_phone character varying,
    agency_fare_url character varying,
    agency_email character varying,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    feed_version_id bigint NOT NULL,
    textsearch tsvector GENERATED ALWAYS AS ((((setweight(to_tsvector('public.tl'::regconfig, (agency_name)::text), 'A'::"char") || setweight(to_tsvector('public.tl'::regconfig, (agency_url)::text), 'B'::"char")) || setweight(to_tsvector('public.tl'::regconfig, (agency_email)::text), 'C'::"char")) || setweight(to_tsvector('public.tl'::regconfig, (agency_id)::text), 'B'::"char"))) STORED,
    cemv_support integer
);


--
-- Name: gtfs_agencies_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_agencies_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_agencies_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_agencies_id_seq OWNED BY public.gtfs_agencies.id;


--
-- Name: gtfs_areas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_areas (
    id bigint NOT NULL,
    feed_version_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    area_id text NOT NULL,
    area_name text,
    agency_ids jsonb,
    geometry public.geography(Polygon,4326)
);


--
-- Name: gtfs_areas_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_areas_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_areas_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_areas_id_seq OWNED BY public.gtfs_areas.id;


--
-- Name: gtfs_attributions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_attributions (
    id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    feed_version_id bigint NOT NULL,
    organization_name text NOT NULL,
    agency_id bigint,
    route_id bigint,
    trip_id bigint,
    is_producer integer,
    is_operator integer,
    is_authority integer,
    attribution_id text,
    attribution_url text,
    attribution_email text,
    attribution_phone text
);


--
-- Name: gtfs_attributions_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_attributions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_attributions_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_attributions_id_seq OWNED BY public.gtfs_attributions.id;


--
-- Name: gtfs_booking_rules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_booking_rules (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    booking_rule_id text NOT NULL,
    booking_type integer NOT NULL,
    prior_notice_duration_min integer,
    prior_notice_duration_max integer,
    prior_notice_last_day integer,
    prior_notice_last_time integer,
    prior_notice_start_day integer,
    prior_notice_start_time integer,
    prior_notice_service_id bigint,
    message text,
    pickup_message text,
    drop_off_message text,
    phone_number text,
    info_url text,
    booking_url text
);


--
-- Name: gtfs_booking_rules_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_booking_rules_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_booking_rules_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_booking_rules_id_seq OWNED BY public.gtfs_booking_rules.id;


--
-- Name: gtfs_calendar_dates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_calendar_dates (
    id bigint NOT NULL,
    date date NOT NULL,
    exception_type integer NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    feed_version_id bigint NOT NULL,
    service_id bigint NOT NULL
);


--
-- Name: gtfs_calendar_dates_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_calendar_dates_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_calendar_dates_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_calendar_dates_id_seq OWNED BY public.gtfs_calendar_dates.id;


--
-- Name: gtfs_calendars; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_calendars (
    id bigint NOT NULL,
    service_id character varying NOT NULL,
    monday integer NOT NULL,
    tuesday integer NOT NULL,
    wednesday integer NOT NULL,
    thursday integer NOT NULL,
    friday integer NOT NULL,
    saturday integer NOT NULL,
    sunday integer NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    feed_version_id bigint NOT NULL,
    generated boolean NOT NULL
);


--
-- Name: gtfs_calendars_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_calendars_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_calendars_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_calendars_id_seq OWNED BY public.gtfs_calendars.id;


--
-- Name: gtfs_fare_attributes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_fare_attributes (
    id bigint NOT NULL,
    fare_id character varying NOT NULL,
    price double precision NOT NULL,
    currency_type character varying NOT NULL,
    payment_method integer NOT NULL,
    transfer_duration integer,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    feed_version_id bigint NOT NULL,
    agency_id bigint,
    transfers integer
);


--
-- Name: gtfs_fare_attributes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_fare_attributes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_fare_attributes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_fare_attributes_id_seq OWNED BY public.gtfs_fare_attributes.id;


--
-- Name: gtfs_fare_leg_join_rules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_fare_leg_join_rules (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    from_network_id text,
    to_network_id text,
    from_stop_id text,
    to_stop_id text
);


--
-- Name: gtfs_fare_leg_join_rules_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_fare_leg_join_rules_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_fare_leg_join_rules_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_fare_leg_join_rules_id_seq OWNED BY public.gtfs_fare_leg_join_rules.id;


--
-- Name: gtfs_fare_leg_rules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_fare_leg_rules (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    leg_group_id text,
    network_id text,
    from_area_id text,
    to_area_id text,
    fare_product_id text,
    transfer_only integer,
    from_timeframe_group_id text,
    to_timeframe_group_id text,
    rule_priority integer
);


--
-- Name: gtfs_fare_leg_rules_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_fare_leg_rules_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_fare_leg_rules_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_fare_leg_rules_id_seq OWNED BY public.gtfs_fare_leg_rules.id;


--
-- Name: gtfs_fare_media; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_fare_media (
    id bigint NOT NULL,
    feed_version_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    fare_media_id text NOT NULL,
    fare_media_name text,
    fare_media_type integer
);


--
-- Name: gtfs_fare_media_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_fare_media_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_fare_media_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_fare_media_id_seq OWNED BY public.gtfs_fare_media.id;


--
-- Name: gtfs_fare_products; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_fare_products (
    id bigint NOT NULL,
    feed_version_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    fare_product_id text,
    fare_product_name text,
    amount double precision,
    currency text,
    rider_category_id text,
    fare_media_id text,
    duration_start integer,
    duration_amount double precision,
    duration_unit integer,
    duration_type integer
);


--
-- Name: gtfs_fare_products_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_fare_products_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_fare_products_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_fare_products_id_seq OWNED BY public.gtfs_fare_products.id;


--
-- Name: gtfs_fare_rules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_fare_rules (
    id bigint NOT NULL,
    origin_id character varying,
    destination_id character varying,
    contains_id character varying,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    feed_version_id bigint NOT NULL,
    route_id bigint,
    fare_id bigint
);


--
-- Name: gtfs_fare_rules_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_fare_rules_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_fare_rules_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_fare_rules_id_seq OWNED BY public.gtfs_fare_rules.id;


--
-- Name: gtfs_fare_transfer_rules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_fare_transfer_rules (
    id bigint NOT NULL,
    feed_version_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    from_leg_group_id text,
    to_leg_group_id text,
    transfer_count integer,
    duration_limit integer,
    duration_limit_type integer,
    fare_transfer_type integer,
    fare_product_id text,
    filter_fare_product_id text
);


--
-- Name: gtfs_fare_transfer_rules_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_fare_transfer_rules_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_fare_transfer_rules_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_fare_transfer_rules_id_seq OWNED BY public.gtfs_fare_transfer_rules.id;


--
-- Name: gtfs_feed_infos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_feed_infos (
    id bigint NOT NULL,
    feed_publisher_name character varying NOT NULL,
    feed_publisher_url character varying NOT NULL,
    feed_lang character varying NOT NULL,
    feed_start_date date,
    feed_end_date date,
    feed_version_name character varying,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    feed_version_id bigint NOT NULL,
    default_lang text,
    feed_contact_email text,
    feed_contact_url text
);


--
-- Name: gtfs_feed_infos_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_feed_infos_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_feed_infos_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_feed_infos_id_seq OWNED BY public.gtfs_feed_infos.id;


--
-- Name: gtfs_frequencies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_frequencies (
    id bigint NOT NULL,
    start_time integer NOT NULL,
    end_time integer NOT NULL,
    headway_secs integer NOT NULL,
    exact_times integer,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    feed_version_id bigint NOT NULL,
    trip_id bigint NOT NULL
);


--
-- Name: gtfs_frequencies_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_frequencies_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_frequencies_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_frequencies_id_seq OWNED BY public.gtfs_frequencies.id;


--
-- Name: gtfs_levels; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_levels (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    level_id character varying NOT NULL,
    level_index double precision NOT NULL,
    level_name character varying,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    parent_station bigint,
    geometry public.geography(MultiPolygon,4326)
);


--
-- Name: gtfs_levels_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_levels_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_levels_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_levels_id_seq OWNED BY public.gtfs_levels.id;


--
-- Name: gtfs_location_group_stops; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_location_group_stops (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    location_group_id bigint NOT NULL,
    stop_id bigint NOT NULL
);


--
-- Name: gtfs_location_group_stops_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_location_group_stops_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_location_group_stops_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_location_group_stops_id_seq OWNED BY public.gtfs_location_group_stops.id;


--
-- Name: gtfs_location_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_location_groups (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    location_group_id text NOT NULL,
    location_group_name text
);


--
-- Name: gtfs_location_groups_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_location_groups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_location_groups_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_location_groups_id_seq OWNED BY public.gtfs_location_groups.id;


--
-- Name: gtfs_locations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_locations (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    location_id text NOT NULL,
    stop_name text,
    stop_desc text,
    zone_id text,
    stop_url text,
    geometry public.geography(Geometry,4326)
);


--
-- Name: gtfs_locations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_locations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_locations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_locations_id_seq OWNED BY public.gtfs_locations.id;


--
-- Name: gtfs_networks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_networks (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    network_id text NOT NULL,
    network_name text
);


--
-- Name: gtfs_networks_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_networks_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_networks_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_networks_id_seq OWNED BY public.gtfs_networks.id;


--
-- Name: gtfs_pathways; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_pathways (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    pathway_id character varying NOT NULL,
    from_stop_id bigint NOT NULL,
    to_stop_id bigint NOT NULL,
    pathway_mode integer NOT NULL,
    is_bidirectional integer NOT NULL,
    length double precision,
    traversal_time integer,
    stair_count integer,
    max_slope double precision,
    min_width double precision,
    signposted_as character varying,
    reverse_signposted_as character varying,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: gtfs_pathways_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_pathways_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_pathways_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_pathways_id_seq OWNED BY public.gtfs_pathways.id;


--
-- Name: gtfs_rider_categories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_rider_categories (
    id bigint NOT NULL,
    feed_version_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    rider_category_id text NOT NULL,
    rider_category_name text NOT NULL,
    min_age integer,
    max_age integer,
    eligibility_url text,
    is_default_fare_category integer
);


--
-- Name: gtfs_rider_categories_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_rider_categories_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_rider_categories_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_rider_categories_id_seq OWNED BY public.gtfs_rider_categories.id;


--
-- Name: gtfs_route_networks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_route_networks (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    network_id bigint NOT NULL,
    route_id bigint NOT NULL
);


--
-- Name: gtfs_route_networks_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_route_networks_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_route_networks_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_route_networks_id_seq OWNED BY public.gtfs_route_networks.id;


--
-- Name: gtfs_routes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_routes (
    id bigint NOT NULL,
    route_id character varying NOT NULL,
    route_short_name character varying,
    route_long_name character varying,
    route_desc character varying,
    route_type integer NOT NULL,
    route_url character varying,
    route_color character varying,
    route_text_color character varying,
    route_sort_order integer,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    feed_version_id bigint NOT NULL,
    agency_id bigint NOT NULL,
    textsearch tsvector GENERATED ALWAYS AS ((((setweight(to_tsvector('public.tl'::regconfig, (route_short_name)::text), 'A'::"char") || setweight(to_tsvector('public.tl'::regconfig, (route_long_name)::text), 'A'::"char")) || setweight(to_tsvector('public.tl'::regconfig, (route_desc)::text), 'B'::"char")) || setweight(to_tsvector('public.tl'::regconfig, (route_id)::text), 'C'::"char"))) STORED,
    network_id text,
    as_route integer,
    continuous_pickup integer,
    continuous_drop_off integer,
    cemv_support integer
);


--
-- Name: gtfs_routes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_routes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_routes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_routes_id_seq OWNED BY public.gtfs_routes.id;


--
-- Name: gtfs_shapes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_shapes (
    id bigint NOT NULL,
    shape_id character varying NOT NULL,
    generated boolean DEFAULT false NOT NULL,
    geometry public.geography(LineStringM,4326) NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    feed_version_id bigint NOT NULL
);


--
-- Name: gtfs_shapes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_shapes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_shapes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_shapes_id_seq OWNED BY public.gtfs_shapes.id;


--
-- Name: gtfs_stop_areas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_stop_areas (
    id bigint NOT NULL,
    feed_version_id bigint,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    area_id bigint NOT NULL,
    stop_id bigint NOT NULL
);


--
-- Name: gtfs_stop_areas_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_stop_areas_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_stop_areas_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_stop_areas_id_seq OWNED BY public.gtfs_stop_areas.id;


--
-- Name: gtfs_stop_times; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_stop_times (
    feed_version_id bigint NOT NULL,
    trip_id bigint NOT NULL,
    stop_id bigint,
    arrival_time integer,
    departure_time integer,
    stop_sequence integer NOT NULL,
    shape_dist_traveled double precision,
    pickup_type smallint,
    drop_off_type smallint,
    timepoint smallint,
    interpolated smallint,
    stop_headsign text,
    continuous_pickup integer,
    continuous_drop_off integer,
    location_group_id bigint,
    location_id bigint,
    start_pickup_drop_off_window integer,
    end_pickup_drop_off_window integer,
    pickup_booking_rule_id bigint,
    drop_off_booking_rule_id bigint,
    mean_duration_factor double precision,
    mean_duration_offset double precision,
    safe_duration_factor double precision,
    safe_duration_offset double precision
)
PARTITION BY HASH (feed_version_id);


--
-- Name: gtfs_stop_times_0; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_stop_times_0 (
    feed_version_id bigint NOT NULL,
    trip_id bigint NOT NULL,
    stop_id bigint,
    arrival_time integer,
    departure_time integer,
    stop_sequence integer NOT NULL,
    shape_dist_traveled double precision,
    pickup_type smallint,
    drop_off_type smallint,
    timepoint smallint,
    interpolated smallint,
    stop_headsign text,
    continuous_pickup integer,
    continuous_drop_off integer,
    location_group_id bigint,
    location_id bigint,
    start_pickup_drop_off_window integer,
    end_pickup_drop_off_window integer,
    pickup_booking_rule_id bigint,
    drop_off_booking_rule_id bigint,
    mean_duration_factor double precision,
    mean_duration_offset double precision,
    safe_duration_factor double precision,
    safe_duration_offset double precision
);


--
-- Name: gtfs_stop_times_1; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_stop_times_1 (
    feed_version_id bigint NOT NULL,
    trip_id bigint NOT NULL,
    stop_id bigint,
    arrival_time integer,
    departure_time integer,
    stop_sequence integer NOT NULL,
    shape_dist_traveled double precision,
    pickup_type smallint,
    drop_off_type smallint,
    timepoint smallint,
    interpolated smallint,
    stop_headsign text,
    continuous_pickup integer,
    continuous_drop_off integer,
    location_group_id bigint,
    location_id bigint,
    start_pickup_drop_off_window integer,
    end_pickup_drop_off_window integer,
    pickup_booking_rule_id bigint,
    drop_off_booking_rule_id bigint,
    mean_duration_factor double precision,
    mean_duration_offset double precision,
    safe_duration_factor double precision,
    safe_duration_offset double precision
);


--
-- Name: gtfs_stop_times_2; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_stop_times_2 (
    feed_version_id bigint NOT NULL,
    trip_id bigint NOT NULL,
    stop_id bigint,
    arrival_time integer,
    departure_time integer,
    stop_sequence integer NOT NULL,
    shape_dist_traveled double precision,
    pickup_type smallint,
    drop_off_type smallint,
    timepoint smallint,
    interpolated smallint,
    stop_headsign text,
    continuous_pickup integer,
    continuous_drop_off integer,
    location_group_id bigint,
    location_id bigint,
    start_pickup_drop_off_window integer,
    end_pickup_drop_off_window integer,
    pickup_booking_rule_id bigint,
    drop_off_booking_rule_id bigint,
    mean_duration_factor double precision,
    mean_duration_offset double precision,
    safe_duration_factor double precision,
    safe_duration_offset double precision
);


--
-- Name: gtfs_stop_times_3; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_stop_times_3 (
    feed_version_id bigint NOT NULL,
    trip_id bigint NOT NULL,
    stop_id bigint,
    arrival_time integer,
    departure_time integer,
    stop_sequence integer NOT NULL,
    shape_dist_traveled double precision,
    pickup_type smallint,
    drop_off_type smallint,
    timepoint smallint,
    interpolated smallint,
    stop_headsign text,
    continuous_pickup integer,
    continuous_drop_off integer,
    location_group_id bigint,
    location_id bigint,
    start_pickup_drop_off_window integer,
    end_pickup_drop_off_window integer,
    pickup_booking_rule_id bigint,
    drop_off_booking_rule_id bigint,
    mean_duration_factor double precision,
    mean_duration_offset double precision,
    safe_duration_factor double precision,
    safe_duration_offset double precision
);


--
-- Name: gtfs_stop_times_4; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_stop_times_4 (
    feed_version_id bigint NOT NULL,
    trip_id bigint NOT NULL,
    stop_id bigint,
    arrival_time integer,
    departure_time integer,
    stop_sequence integer NOT NULL,
    shape_dist_traveled double precision,
    pickup_type smallint,
    drop_off_type smallint,
    timepoint smallint,
    interpolated smallint,
    stop_headsign text,
    continuous_pickup integer,
    continuous_drop_off integer,
    location_group_id bigint,
    location_id bigint,
    start_pickup_drop_off_window integer,
    end_pickup_drop_off_window integer,
    pickup_booking_rule_id bigint,
    drop_off_booking_rule_id bigint,
    mean_duration_factor double precision,
    mean_duration_offset double precision,
    safe_duration_factor double precision,
    safe_duration_offset double precision
);


--
-- Name: gtfs_stop_times_5; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_stop_times_5 (
    feed_version_id bigint NOT NULL,
    trip_id bigint NOT NULL,
    stop_id bigint,
    arrival_time integer,
    departure_time integer,
    stop_sequence integer NOT NULL,
    shape_dist_traveled double precision,
    pickup_type smallint,
    drop_off_type smallint,
    timepoint smallint,
    interpolated smallint,
    stop_headsign text,
    continuous_pickup integer,
    continuous_drop_off integer,
    location_group_id bigint,
    location_id bigint,
    start_pickup_drop_off_window integer,
    end_pickup_drop_off_window integer,
    pickup_booking_rule_id bigint,
    drop_off_booking_rule_id bigint,
    mean_duration_factor double precision,
    mean_duration_offset double precision,
    safe_duration_factor double precision,
    safe_duration_offset double precision
);


--
-- Name: gtfs_stop_times_6; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_stop_times_6 (
    feed_version_id bigint NOT NULL,
    trip_id bigint NOT NULL,
    stop_id bigint,
    arrival_time integer,
    departure_time integer,
    stop_sequence integer NOT NULL,
    shape_dist_traveled double precision,
    pickup_type smallint,
    drop_off_type smallint,
    timepoint smallint,
    interpolated smallint,
    stop_headsign text,
    continuous_pickup integer,
    continuous_drop_off integer,
    location_group_id bigint,
    location_id bigint,
    start_pickup_drop_off_window integer,
    end_pickup_drop_off_window integer,
    pickup_booking_rule_id bigint,
    drop_off_booking_rule_id bigint,
    mean_duration_factor double precision,
    mean_duration_offset double precision,
    safe_duration_factor double precision,
    safe_duration_offset double precision
);


--
-- Name: gtfs_stop_times_7; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_stop_times_7 (
    feed_version_id bigint NOT NULL,
    trip_id bigint NOT NULL,
    stop_id bigint,
    arrival_time integer,
    departure_time integer,
    stop_sequence integer NOT NULL,
    shape_dist_traveled double precision,
    pickup_type smallint,
    drop_off_type smallint,
    timepoint smallint,
    interpolated smallint,
    stop_headsign text,
    continuous_pickup integer,
    continuous_drop_off integer,
    location_group_id bigint,
    location_id bigint,
    start_pickup_drop_off_window integer,
    end_pickup_drop_off_window integer,
    pickup_booking_rule_id bigint,
    drop_off_booking_rule_id bigint,
    mean_duration_factor double precision,
    mean_duration_offset double precision,
    safe_duration_factor double precision,
    safe_duration_offset double precision
);


--
-- Name: gtfs_stop_times_8; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_stop_times_8 (
    feed_version_id bigint NOT NULL,
    trip_id bigint NOT NULL,
    stop_id bigint,
    arrival_time integer,
    departure_time integer,
    stop_sequence integer NOT NULL,
    shape_dist_traveled double precision,
    pickup_type smallint,
    drop_off_type smallint,
    timepoint smallint,
    interpolated smallint,
    stop_headsign text,
    continuous_pickup integer,
    continuous_drop_off integer,
    location_group_id bigint,
    location_id bigint,
    start_pickup_drop_off_window integer,
    end_pickup_drop_off_window integer,
    pickup_booking_rule_id bigint,
    drop_off_booking_rule_id bigint,
    mean_duration_factor double precision,
    mean_duration_offset double precision,
    safe_duration_factor double precision,
    safe_duration_offset double precision
);


--
-- Name: gtfs_stop_times_9; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_stop_times_9 (
    feed_version_id bigint NOT NULL,
    trip_id bigint NOT NULL,
    stop_id bigint,
    arrival_time integer,
    departure_time integer,
    stop_sequence integer NOT NULL,
    shape_dist_traveled double precision,
    pickup_type smallint,
    drop_off_type smallint,
    timepoint smallint,
    interpolated smallint,
    stop_headsign text,
    continuous_pickup integer,
    continuous_drop_off integer,
    location_group_id bigint,
    location_id bigint,
    start_pickup_drop_off_window integer,
    end_pickup_drop_off_window integer,
    pickup_booking_rule_id bigint,
    drop_off_booking_rule_id bigint,
    mean_duration_factor double precision,
    mean_duration_offset double precision,
    safe_duration_factor double precision,
    safe_duration_offset double precision
);


--
-- Name: gtfs_stops; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_stops (
    id bigint NOT NULL,
    stop_id character varying NOT NULL,
    stop_code character varying,
    stop_name character varying,
    stop_desc character varying,
    zone_id character varying,
    stop_url character varying,
    location_type integer NOT NULL,
    stop_timezone character varying,
    wheelchair_boarding integer,
    geometry public.geography(Point,4326),
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    feed_version_id bigint NOT NULL,
    parent_station bigint,
    level_id bigint,
    textsearch tsvector GENERATED ALWAYS AS (((((setweight(to_tsvector('public.tl'::regconfig, (stop_name)::text), 'A'::"char") || setweight(to_tsvector('public.tl'::regconfig, (stop_desc)::text), 'B'::"char")) || setweight(to_tsvector('public.tl'::regconfig, (stop_code)::text), 'C'::"char")) || setweight(to_tsvector('public.tl'::regconfig, (stop_url)::text), 'C'::"char")) || setweight(to_tsvector('public.tl'::regconfig, (stop_id)::text), 'D'::"char"))) STORED,
    area_id text,
    tts_stop_name text,
    platform_code text,
    stop_access integer
);


--
-- Name: gtfs_stops_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_stops_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_stops_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_stops_id_seq OWNED BY public.gtfs_stops.id;


--
-- Name: gtfs_timeframes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_timeframes (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    timeframe_group_id text NOT NULL,
    start_time integer,
    end_time integer,
    service_id bigint
);


--
-- Name: gtfs_timeframes_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_timeframes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_timeframes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_timeframes_id_seq OWNED BY public.gtfs_timeframes.id;


--
-- Name: gtfs_transfers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_transfers (
    id bigint NOT NULL,
    transfer_type integer NOT NULL,
    min_transfer_time integer,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    feed_version_id bigint NOT NULL,
    from_stop_id bigint,
    to_stop_id bigint,
    as_route integer,
    from_route_id bigint,
    to_route_id bigint,
    from_trip_id bigint,
    to_trip_id bigint
);


--
-- Name: gtfs_transfers_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_transfers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_transfers_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_transfers_id_seq OWNED BY public.gtfs_transfers.id;


--
-- Name: gtfs_translations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_translations (
    id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    feed_version_id bigint NOT NULL,
    table_name text,
    field_name text,
    language text,
    translation text,
    record_id text,
    record_sub_id text,
    field_value text
);


--
-- Name: gtfs_translations_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_translations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_translations_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_translations_id_seq OWNED BY public.gtfs_translations.id;


--
-- Name: gtfs_trips; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.gtfs_trips (
    id bigint NOT NULL,
    trip_id character varying NOT NULL,
    trip_headsign character varying,
    trip_short_name character varying,
    direction_id integer NOT NULL,
    block_id character varying,
    wheelchair_accessible integer,
    bikes_allowed integer,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    feed_version_id bigint NOT NULL,
    route_id bigint NOT NULL,
    shape_id bigint,
    stop_pattern_id integer NOT NULL,
    service_id bigint NOT NULL,
    journey_pattern_id text,
    journey_pattern_offset integer NOT NULL,
    safe_duration_factor double precision,
    safe_duration_offset double precision,
    cars_allowed integer
);


--
-- Name: gtfs_trips_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.gtfs_trips_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: gtfs_trips_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.gtfs_trips_id_seq OWNED BY public.gtfs_trips.id;


--
-- Name: ne_10m_admin_1_states_provinces; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ne_10m_admin_1_states_provinces (
    ogc_fid integer NOT NULL,
    iso_3166_2 character varying(8),
    iso_a2 character varying(2),
    name character varying(44),
    admin character varying(36),
    geometry public.geography(MultiPolygon,4326)
);


--
-- Name: ne_10m_admin_1_states_provinces_ogc_fid_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ne_10m_admin_1_states_provinces_ogc_fid_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ne_10m_admin_1_states_provinces_ogc_fid_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ne_10m_admin_1_states_provinces_ogc_fid_seq OWNED BY public.ne_10m_admin_1_states_provinces.ogc_fid;


--
-- Name: ne_10m_populated_places; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ne_10m_populated_places (
    name character varying(100),
    adm0name character varying(50),
    adm1name character varying(50),
    iso_a2 character varying(5),
    geometry public.geography(Point,4326)
);


--
-- Name: river_client; Type: TABLE; Schema: public; Owner: -
--

CREATE UNLOGGED TABLE public.river_client (
    id text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    paused_at timestamp with time zone,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT name_length CHECK (((char_length(id) > 0) AND (char_length(id) < 128)))
);


--
-- Name: river_client_queue; Type: TABLE; Schema: public; Owner: -
--

CREATE UNLOGGED TABLE public.river_client_queue (
    river_client_id text NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    max_workers bigint DEFAULT 0 NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    num_jobs_completed bigint DEFAULT 0 NOT NULL,
    num_jobs_running bigint DEFAULT 0 NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    CONSTRAINT name_length CHECK (((char_length(name) > 0) AND (char_length(name) < 128))),
    CONSTRAINT num_jobs_completed_zero_or_positive CHECK ((num_jobs_completed >= 0)),
    CONSTRAINT num_jobs_running_zero_or_positive CHECK ((num_jobs_running >= 0))
);


--
-- Name: river_job; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.river_job (
    id bigint NOT NULL,
    state public.river_job_state DEFAULT 'available'::public.river_job_state NOT NULL,
    attempt smallint DEFAULT 0 NOT NULL,
    max_attempts smallint NOT NULL,
    attempted_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    finalized_at timestamp with time zone,
    scheduled_at timestamp with time zone DEFAULT now() NOT NULL,
    priority smallint DEFAULT 1 NOT NULL,
    args jsonb NOT NULL,
    attempted_by text[],
    errors jsonb[],
    kind text NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    queue text DEFAULT 'default'::text NOT NULL,
    tags character varying(255)[] DEFAULT '{}'::character varying[] NOT NULL,
    unique_key bytea,
    unique_states bit(8),
    CONSTRAINT finalized_or_finalized_at_null CHECK ((((finalized_at IS NULL) AND (state <> ALL (ARRAY['cancelled'::public.river_job_state, 'completed'::public.river_job_state, 'discarded'::public.river_job_state]))) OR ((finalized_at IS NOT NULL) AND (state = ANY (ARRAY['cancelled'::public.river_job_state, 'completed'::public.river_job_state, 'discarded'::public.river_job_state]))))),
    CONSTRAINT kind_length CHECK (((char_length(kind) > 0) AND (char_length(kind) < 128))),
    CONSTRAINT max_attempts_is_positive CHECK ((max_attempts > 0)),
    CONSTRAINT priority_in_range CHECK (((priority >= 1) AND (priority <= 4))),
    CONSTRAINT queue_length CHECK (((char_length(queue) > 0) AND (char_length(queue) < 128)))
);


--
-- Name: river_job_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.river_job_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: river_job_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.river_job_id_seq OWNED BY public.river_job.id;


--
-- Name: river_leader; Type: TABLE; Schema: public; Owner: -
--

CREATE UNLOGGED TABLE public.river_leader (
    elected_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    leader_id text NOT NULL,
    name text DEFAULT 'default'::text NOT NULL,
    CONSTRAINT leader_id_length CHECK (((char_length(leader_id) > 0) AND (char_length(leader_id) < 128))),
    CONSTRAINT name_length CHECK ((name = 'default'::text))
);


--
-- Name: river_migration; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.river_migration (
    line text NOT NULL,
    version bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT line_length CHECK (((char_length(line) > 0) AND (char_length(line) < 128))),
    CONSTRAINT version_gte_1 CHECK ((version >= 1))
);


--
-- Name: river_queue; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.river_queue (
    name text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    paused_at timestamp with time zone,
    updated_at timestamp with time zone NOT NULL
);


--
-- Name: tl_route_headways; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_route_headways (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    route_id bigint NOT NULL,
    selected_stop_id bigint NOT NULL,
    direction_id integer,
    headway_secs integer,
    dow_category integer,
    service_date date,
    service_seconds integer,
    stop_trip_count integer,
    headway_seconds_morning_count integer,
    headway_seconds_morning_min integer,
    headway_seconds_morning_mid integer,
    headway_seconds_morning_max integer,
    headway_seconds_midday_count integer,
    headway_seconds_midday_min integer,
    headway_seconds_midday_mid integer,
    headway_seconds_midday_max integer,
    headway_seconds_afternoon_count integer,
    headway_seconds_afternoon_min integer,
    headway_seconds_afternoon_mid integer,
    headway_seconds_afternoon_max integer,
    headway_seconds_night_count integer,
    headway_seconds_night_min integer,
    headway_seconds_night_mid integer,
    headway_seconds_night_max integer,
    departures jsonb
);


--
-- Name: route_headways_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.route_headways_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: route_headways_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.route_headways_id_seq OWNED BY public.tl_route_headways.id;


--
-- Name: tl_agency_geometries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_agency_geometries (
    agency_id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    geometry public.geography(Polygon,4326),
    centroid public.geography(Point,4326)
);


--
-- Name: tl_agency_onestop_ids; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_agency_onestop_ids (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    agency_id bigint NOT NULL,
    onestop_id text NOT NULL
);


--
-- Name: tl_agency_onestop_ids_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_agency_onestop_ids_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_agency_onestop_ids_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_agency_onestop_ids_id_seq OWNED BY public.tl_agency_onestop_ids.id;


--
-- Name: tl_census_datasets; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_census_datasets (
    id bigint NOT NULL,
    name text NOT NULL,
    year_min integer,
    year_max integer,
    url text,
    description text
);


--
-- Name: tl_census_datasets_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_census_datasets_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_census_datasets_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_census_datasets_id_seq OWNED BY public.tl_census_datasets.id;


--
-- Name: tl_census_fields; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_census_fields (
    id bigint NOT NULL,
    table_id bigint NOT NULL,
    field_name text NOT NULL,
    field_title text NOT NULL,
    column_order double precision
);


--
-- Name: tl_census_fields_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_census_fields_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_census_fields_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_census_fields_id_seq OWNED BY public.tl_census_fields.id;


--
-- Name: tl_census_geographies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_census_geographies (
    id bigint NOT NULL,
    source_id bigint NOT NULL,
    geoid text,
    name text,
    aland numeric,
    awater numeric,
    adm0_name text,
    adm0_iso text,
    adm1_name text,
    adm1_iso text,
    geometry public.geography(MultiPolygon,4326),
    layer_id bigint
);


--
-- Name: tl_census_geographies_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_census_geographies_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_census_geographies_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_census_geographies_id_seq OWNED BY public.tl_census_geographies.id;


--
-- Name: tl_census_layers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_census_layers (
    id bigint NOT NULL,
    dataset_id bigint NOT NULL,
    name text NOT NULL,
    description text,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: tl_census_layers_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_census_layers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_census_layers_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_census_layers_id_seq OWNED BY public.tl_census_layers.id;


--
-- Name: tl_census_sources; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_census_sources (
    id bigint NOT NULL,
    dataset_id bigint NOT NULL,
    name text NOT NULL,
    url text NOT NULL,
    sha1 text NOT NULL,
    description text
);


--
-- Name: tl_census_sources_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_census_sources_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_census_sources_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_census_sources_id_seq OWNED BY public.tl_census_sources.id;


--
-- Name: tl_census_tables; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_census_tables (
    id bigint NOT NULL,
    dataset_id bigint NOT NULL,
    table_name text NOT NULL,
    table_title text NOT NULL,
    table_group text NOT NULL,
    table_details text
);


--
-- Name: tl_census_tables_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_census_tables_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_census_tables_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_census_tables_id_seq OWNED BY public.tl_census_tables.id;


--
-- Name: tl_census_values; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_census_values (
    table_id bigint NOT NULL,
    table_values jsonb DEFAULT '{}'::jsonb NOT NULL,
    geoid text NOT NULL,
    source_id bigint NOT NULL
);


--
-- Name: tl_ext_fare_networks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_ext_fare_networks (
    network_id text NOT NULL,
    as_route integer NOT NULL,
    target_feed_onestop_id text NOT NULL,
    target_route_id text NOT NULL,
    id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    feed_version_id bigint NOT NULL
);


--
-- Name: tl_ext_fare_networks_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_ext_fare_networks_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_ext_fare_networks_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_ext_fare_networks_id_seq OWNED BY public.tl_ext_fare_networks.id;


--
-- Name: tl_feed_version_geohashes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_feed_version_geohashes (
    feed_version_id bigint NOT NULL,
    geohash text NOT NULL,
    stop_count integer NOT NULL
);


--
-- Name: tl_feed_version_geometries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_feed_version_geometries (
    feed_version_id bigint NOT NULL,
    geometry public.geography(Polygon,4326),
    centroid public.geography(Point,4326)
);


--
-- Name: tl_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_groups (
    id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    group_name text
);


--
-- Name: tl_groups_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_groups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_groups_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_groups_id_seq OWNED BY public.tl_groups.id;


--
-- Name: tl_job_artifacts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_job_artifacts (
    id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    job_id text NOT NULL,
    job_kind text DEFAULT ''::text NOT NULL,
    user_id text DEFAULT ''::text NOT NULL,
    filename text NOT NULL,
    content_type text DEFAULT 'application/octet-stream'::text NOT NULL,
    size_bytes bigint DEFAULT 0 NOT NULL,
    sha1 text DEFAULT ''::text NOT NULL,
    storage_key text NOT NULL,
    deleted_at timestamp without time zone
);


--
-- Name: tl_job_artifacts_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_job_artifacts_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_job_artifacts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_job_artifacts_id_seq OWNED BY public.tl_job_artifacts.id;


--
-- Name: tl_materialized_active_agencies; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_materialized_active_agencies (
    id bigint NOT NULL,
    agency_id text NOT NULL,
    agency_name text,
    agency_url text,
    agency_timezone text,
    agency_lang text,
    agency_phone text,
    agency_fare_url text,
    agency_email text,
    feed_version_id bigint NOT NULL,
    feed_id bigint NOT NULL,
    onestop_id text,
    materialized_at timestamp without time zone DEFAULT now() NOT NULL,
    textsearch tsvector,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    cemv_support integer
);


--
-- Name: tl_materialized_active_routes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_materialized_active_routes (
    id bigint NOT NULL,
    route_id text NOT NULL,
    route_short_name text,
    route_long_name text,
    route_desc text,
    route_type integer,
    route_url text,
    route_color text,
    route_text_color text,
    route_sort_order integer,
    agency_id bigint,
    network_id text,
    as_route integer,
    continuous_pickup integer,
    continuous_drop_off integer,
    feed_version_id bigint NOT NULL,
    gtfs_agency_id text,
    agency_name text,
    feed_id bigint NOT NULL,
    onestop_id text,
    materialized_at timestamp without time zone DEFAULT now() NOT NULL,
    textsearch tsvector,
    geometry_simplified public.geography(LineString,4326),
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    cemv_support integer
);


--
-- Name: tl_materialized_active_stops; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_materialized_active_stops (
    id bigint NOT NULL,
    stop_id text NOT NULL,
    stop_code text,
    stop_name text,
    stop_desc text,
    zone_id text,
    stop_url text,
    location_type integer,
    stop_timezone text,
    parent_station bigint,
    level_id bigint,
    platform_code text,
    tts_stop_name text,
    area_id text,
    wheelchair_boarding integer,
    geometry public.geography(Point,4326),
    feed_version_id bigint NOT NULL,
    feed_id bigint NOT NULL,
    onestop_id text,
    materialized_at timestamp without time zone DEFAULT now() NOT NULL,
    textsearch tsvector,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    stop_access integer
);


--
-- Name: tl_route_geometries; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_route_geometries (
    route_id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    direction_id integer,
    generated boolean NOT NULL,
    geometry public.geography(LineString,4326),
    centroid public.geography(Point,4326),
    combined_geometry public.geometry(MultiLineString,4326),
    length double precision,
    max_segment_length double precision,
    first_point_max_distance double precision
);


--
-- Name: tl_route_onestop_ids; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_route_onestop_ids (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    route_id bigint NOT NULL,
    onestop_id text NOT NULL
);


--
-- Name: tl_route_onestop_ids_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_route_onestop_ids_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_route_onestop_ids_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_route_onestop_ids_id_seq OWNED BY public.tl_route_onestop_ids.id;


--
-- Name: tl_route_representative_shapes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_route_representative_shapes (
    feed_version_id bigint NOT NULL,
    route_id bigint NOT NULL,
    shape_id bigint NOT NULL,
    direction_id integer,
    rank integer NOT NULL,
    generated boolean NOT NULL,
    length double precision,
    max_segment_length double precision,
    first_point_max_distance double precision
);


--
-- Name: tl_route_stops; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_route_stops (
    feed_version_id bigint NOT NULL,
    agency_id bigint NOT NULL,
    route_id bigint NOT NULL,
    stop_id bigint NOT NULL
);


--
-- Name: tl_segment_patterns; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_segment_patterns (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    segment_id bigint NOT NULL,
    route_id bigint NOT NULL,
    shape_id bigint NOT NULL,
    stop_pattern_id integer NOT NULL,
    direction_id integer DEFAULT 0 NOT NULL,
    sequence_idx integer DEFAULT 0 NOT NULL,
    way_id bigint
);


--
-- Name: tl_segment_patterns_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_segment_patterns_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_segment_patterns_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_segment_patterns_id_seq OWNED BY public.tl_segment_patterns.id;


--
-- Name: tl_segments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_segments (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    geometry public.geography(LineString,4326) NOT NULL,
    way_id text NOT NULL
);


--
-- Name: tl_segments_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_segments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_segments_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_segments_id_seq OWNED BY public.tl_segments.id;


--
-- Name: tl_stop_external_references; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_stop_external_references (
    id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    feed_version_id integer NOT NULL,
    stop_id bigint NOT NULL,
    target_feed_onestop_id text,
    target_stop_id text,
    inactive boolean
);


--
-- Name: tl_stop_external_references_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_stop_external_references_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_stop_external_references_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_stop_external_references_id_seq OWNED BY public.tl_stop_external_references.id;


--
-- Name: tl_stop_onestop_ids; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_stop_onestop_ids (
    id bigint NOT NULL,
    feed_version_id bigint NOT NULL,
    stop_id bigint NOT NULL,
    onestop_id text NOT NULL
);


--
-- Name: tl_stop_onestop_ids_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_stop_onestop_ids_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_stop_onestop_ids_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_stop_onestop_ids_id_seq OWNED BY public.tl_stop_onestop_ids.id;


--
-- Name: tl_tenants; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_tenants (
    id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    tenant_name text
);


--
-- Name: tl_tenants_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_tenants_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_tenants_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_tenants_id_seq OWNED BY public.tl_tenants.id;


--
-- Name: tl_validation_report_error_exemplars; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_validation_report_error_exemplars (
    id bigint NOT NULL,
    validation_report_error_group_id bigint NOT NULL,
    line integer NOT NULL,
    entity_id text NOT NULL,
    value text NOT NULL,
    message text NOT NULL,
    geometry public.geography,
    entity_json jsonb
);


--
-- Name: tl_validation_report_error_exemplars_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_validation_report_error_exemplars_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_validation_report_error_exemplars_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_validation_report_error_exemplars_id_seq OWNED BY public.tl_validation_report_error_exemplars.id;


--
-- Name: tl_validation_report_error_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_validation_report_error_groups (
    id bigint NOT NULL,
    validation_report_id bigint NOT NULL,
    filename text NOT NULL,
    field text NOT NULL,
    error_type text NOT NULL,
    error_code text NOT NULL,
    count integer NOT NULL,
    level integer DEFAULT 0 NOT NULL,
    group_key text DEFAULT 0 NOT NULL
);


--
-- Name: tl_validation_report_error_groups_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_validation_report_error_groups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_validation_report_error_groups_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_validation_report_error_groups_id_seq OWNED BY public.tl_validation_report_error_groups.id;


--
-- Name: tl_validation_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_validation_reports (
    id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    updated_at timestamp without time zone DEFAULT now() NOT NULL,
    reported_at timestamp without time zone NOT NULL,
    feed_version_id bigint NOT NULL,
    file text,
    validator text,
    validator_version text,
    success boolean,
    failure_reason text,
    includes_static boolean DEFAULT false NOT NULL,
    includes_rt boolean DEFAULT false NOT NULL,
    reported_at_local timestamp without time zone,
    reported_at_local_timezone text
);


--
-- Name: tl_validation_reports_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_validation_reports_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_validation_reports_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_validation_reports_id_seq OWNED BY public.tl_validation_reports.id;


--
-- Name: tl_validation_trip_update_stats; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_validation_trip_update_stats (
    id bigint NOT NULL,
    validation_report_id bigint NOT NULL,
    agency_id text NOT NULL,
    route_id text NOT NULL,
    trip_scheduled_ids jsonb,
    trip_scheduled_count integer NOT NULL,
    trip_match_count integer NOT NULL,
    trip_scheduled_not_matched integer NOT NULL,
    trip_rt_ids jsonb,
    trip_rt_count integer NOT NULL,
    trip_rt_matched integer NOT NULL,
    trip_rt_not_matched integer NOT NULL,
    trip_rt_added_ids jsonb,
    trip_rt_added_count integer NOT NULL,
    trip_rt_not_found_ids jsonb,
    trip_rt_not_found_count integer
);


--
-- Name: tl_validation_trip_update_stats_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_validation_trip_update_stats_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_validation_trip_update_stats_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_validation_trip_update_stats_id_seq OWNED BY public.tl_validation_trip_update_stats.id;


--
-- Name: tl_validation_vehicle_position_stats; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tl_validation_vehicle_position_stats (
    id bigint NOT NULL,
    validation_report_id bigint NOT NULL,
    agency_id text NOT NULL,
    route_id text NOT NULL,
    trip_scheduled_ids jsonb,
    trip_scheduled_count integer NOT NULL,
    trip_match_count integer NOT NULL,
    trip_scheduled_not_matched integer NOT NULL,
    trip_rt_ids jsonb,
    trip_rt_count integer NOT NULL,
    trip_rt_matched integer NOT NULL,
    trip_rt_not_matched integer NOT NULL,
    trip_rt_added_ids jsonb,
    trip_rt_added_count integer NOT NULL,
    trip_rt_not_found_ids jsonb,
    trip_rt_not_found_count integer
);


--
-- Name: tl_validation_vehicle_position_stats_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.tl_validation_vehicle_position_stats_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: tl_validation_vehicle_position_stats_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.tl_validation_vehicle_position_stats_id_seq OWNED BY public.tl_validation_vehicle_position_stats.id;


--
-- Name: feed_fetches_gbfs; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_fetches ATTACH PARTITION public.feed_fetches_gbfs FOR VALUES IN ('gbfs_auto_discovery');


--
-- Name: feed_fetches_gbfs_default; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_fetches_gbfs ATTACH PARTITION public.feed_fetches_gbfs_default DEFAULT;


--
-- Name: feed_fetches_rt; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_fetches ATTACH PARTITION public.feed_fetches_rt FOR VALUES IN ('realtime_alerts', 'realtime_trip_updates', 'realtime_vehicle_positions');


--
-- Name: feed_fetches_rt_default; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_fetches_rt ATTACH PARTITION public.feed_fetches_rt_default DEFAULT;


--
-- Name: feed_fetches_static; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_fetches ATTACH PARTITION public.feed_fetches_static FOR VALUES IN ('static_current', 'static_planned', 'static_historic');


--
-- Name: feed_fetches_unknown; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_fetches ATTACH PARTITION public.feed_fetches_unknown DEFAULT;


--
-- Name: gtfs_stop_times_0; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times ATTACH PARTITION public.gtfs_stop_times_0 FOR VALUES WITH (modulus 10, remainder 0);


--
-- Name: gtfs_stop_times_1; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times ATTACH PARTITION public.gtfs_stop_times_1 FOR VALUES WITH (modulus 10, remainder 1);


--
-- Name: gtfs_stop_times_2; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times ATTACH PARTITION public.gtfs_stop_times_2 FOR VALUES WITH (modulus 10, remainder 2);


--
-- Name: gtfs_stop_times_3; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times ATTACH PARTITION public.gtfs_stop_times_3 FOR VALUES WITH (modulus 10, remainder 3);


--
-- Name: gtfs_stop_times_4; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times ATTACH PARTITION public.gtfs_stop_times_4 FOR VALUES WITH (modulus 10, remainder 4);


--
-- Name: gtfs_stop_times_5; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times ATTACH PARTITION public.gtfs_stop_times_5 FOR VALUES WITH (modulus 10, remainder 5);


--
-- Name: gtfs_stop_times_6; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times ATTACH PARTITION public.gtfs_stop_times_6 FOR VALUES WITH (modulus 10, remainder 6);


--
-- Name: gtfs_stop_times_7; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times ATTACH PARTITION public.gtfs_stop_times_7 FOR VALUES WITH (modulus 10, remainder 7);


--
-- Name: gtfs_stop_times_8; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times ATTACH PARTITION public.gtfs_stop_times_8 FOR VALUES WITH (modulus 10, remainder 8);


--
-- Name: gtfs_stop_times_9; Type: TABLE ATTACH; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times ATTACH PARTITION public.gtfs_stop_times_9 FOR VALUES WITH (modulus 10, remainder 9);


--
-- Name: current_feeds id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.current_feeds ALTER COLUMN id SET DEFAULT nextval('public.current_feeds_id_seq'::regclass);


--
-- Name: current_operators id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.current_operators ALTER COLUMN id SET DEFAULT nextval('public.current_operators_id_seq'::regclass);


--
-- Name: current_operators_in_feed id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.current_operators_in_feed ALTER COLUMN id SET DEFAULT nextval('public.current_operators_in_feed_id_seq'::regclass);


--
-- Name: ext_performance_stop_observations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_performance_stop_observations ALTER COLUMN id SET DEFAULT nextval('public.ext_performance_stop_observations_id_seq'::regclass);


--
-- Name: ext_plus_calendar_attributes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_calendar_attributes ALTER COLUMN id SET DEFAULT nextval('public.ext_plus_calendar_attributes_id_seq'::regclass);


--
-- Name: ext_plus_directions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_directions ALTER COLUMN id SET DEFAULT nextval('public.ext_plus_directions_id_seq'::regclass);


--
-- Name: ext_plus_fare_rider_categories id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_fare_rider_categories ALTER COLUMN id SET DEFAULT nextval('public.ext_plus_fare_rider_categories_id_seq'::regclass);


--
-- Name: ext_plus_farezone_attributes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_farezone_attributes ALTER COLUMN id SET DEFAULT nextval('public.ext_plus_farezone_attributes_id_seq'::regclass);


--
-- Name: ext_plus_realtime_routes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_realtime_routes ALTER COLUMN id SET DEFAULT nextval('public.ext_plus_realtime_routes_id_seq'::regclass);


--
-- Name: ext_plus_realtime_stops id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_realtime_stops ALTER COLUMN id SET DEFAULT nextval('public.ext_plus_realtime_stops_id_seq'::regclass);


--
-- Name: ext_plus_realtime_trips id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_realtime_trips ALTER COLUMN id SET DEFAULT nextval('public.ext_plus_realtime_trips_id_seq'::regclass);


--
-- Name: ext_plus_rider_categories id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_rider_categories ALTER COLUMN id SET DEFAULT nextval('public.ext_plus_rider_categories_id_seq'::regclass);


--
-- Name: ext_plus_route_attributes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_route_attributes ALTER COLUMN id SET DEFAULT nextval('public.ext_plus_route_attributes_id_seq'::regclass);


--
-- Name: ext_plus_stop_attributes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_stop_attributes ALTER COLUMN id SET DEFAULT nextval('public.ext_plus_stop_attributes_id_seq'::regclass);


--
-- Name: ext_plus_timepoints id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_timepoints ALTER COLUMN id SET DEFAULT nextval('public.ext_plus_timepoints_id_seq'::regclass);


--
-- Name: feed_fetches id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_fetches ALTER COLUMN id SET DEFAULT nextval('public.feed_fetches_id_seq'::regclass);


--
-- Name: feed_states id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_states ALTER COLUMN id SET DEFAULT nextval('public.feed_states_id_seq'::regclass);


--
-- Name: feed_version_file_infos id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_version_file_infos ALTER COLUMN id SET DEFAULT nextval('public.feed_version_file_infos_id_seq'::regclass);


--
-- Name: feed_version_gtfs_imports id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_version_gtfs_imports ALTER COLUMN id SET DEFAULT nextval('public.feed_version_gtfs_imports_id_seq'::regclass);


--
-- Name: feed_version_service_levels id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_version_service_levels ALTER COLUMN id SET DEFAULT nextval('public.feed_version_service_levels_id_seq'::regclass);


--
-- Name: feed_version_service_windows id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_version_service_windows ALTER COLUMN id SET DEFAULT nextval('public.feed_version_service_windows_id_seq'::regclass);


--
-- Name: feed_versions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_versions ALTER COLUMN id SET DEFAULT nextval('public.feed_versions_id_seq'::regclass);


--
-- Name: gtfs_agencies id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_agencies ALTER COLUMN id SET DEFAULT nextval('public.gtfs_agencies_id_seq'::regclass);


--
-- Name: gtfs_areas id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_areas ALTER COLUMN id SET DEFAULT nextval('public.gtfs_areas_id_seq'::regclass);


--
-- Name: gtfs_attributions id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_attributions ALTER COLUMN id SET DEFAULT nextval('public.gtfs_attributions_id_seq'::regclass);


--
-- Name: gtfs_booking_rules id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_booking_rules ALTER COLUMN id SET DEFAULT nextval('public.gtfs_booking_rules_id_seq'::regclass);


--
-- Name: gtfs_calendar_dates id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_calendar_dates ALTER COLUMN id SET DEFAULT nextval('public.gtfs_calendar_dates_id_seq'::regclass);


--
-- Name: gtfs_calendars id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_calendars ALTER COLUMN id SET DEFAULT nextval('public.gtfs_calendars_id_seq'::regclass);


--
-- Name: gtfs_fare_attributes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_attributes ALTER COLUMN id SET DEFAULT nextval('public.gtfs_fare_attributes_id_seq'::regclass);


--
-- Name: gtfs_fare_leg_join_rules id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_leg_join_rules ALTER COLUMN id SET DEFAULT nextval('public.gtfs_fare_leg_join_rules_id_seq'::regclass);


--
-- Name: gtfs_fare_leg_rules id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_leg_rules ALTER COLUMN id SET DEFAULT nextval('public.gtfs_fare_leg_rules_id_seq'::regclass);


--
-- Name: gtfs_fare_media id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_media ALTER COLUMN id SET DEFAULT nextval('public.gtfs_fare_media_id_seq'::regclass);


--
-- Name: gtfs_fare_products id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_products ALTER COLUMN id SET DEFAULT nextval('public.gtfs_fare_products_id_seq'::regclass);


--
-- Name: gtfs_fare_rules id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_rules ALTER COLUMN id SET DEFAULT nextval('public.gtfs_fare_rules_id_seq'::regclass);


--
-- Name: gtfs_fare_transfer_rules id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_transfer_rules ALTER COLUMN id SET DEFAULT nextval('public.gtfs_fare_transfer_rules_id_seq'::regclass);


--
-- Name: gtfs_feed_infos id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_feed_infos ALTER COLUMN id SET DEFAULT nextval('public.gtfs_feed_infos_id_seq'::regclass);


--
-- Name: gtfs_frequencies id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_frequencies ALTER COLUMN id SET DEFAULT nextval('public.gtfs_frequencies_id_seq'::regclass);


--
-- Name: gtfs_levels id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_levels ALTER COLUMN id SET DEFAULT nextval('public.gtfs_levels_id_seq'::regclass);


--
-- Name: gtfs_location_group_stops id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_location_group_stops ALTER COLUMN id SET DEFAULT nextval('public.gtfs_location_group_stops_id_seq'::regclass);


--
-- Name: gtfs_location_groups id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_location_groups ALTER COLUMN id SET DEFAULT nextval('public.gtfs_location_groups_id_seq'::regclass);


--
-- Name: gtfs_locations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_locations ALTER COLUMN id SET DEFAULT nextval('public.gtfs_locations_id_seq'::regclass);


--
-- Name: gtfs_networks id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_networks ALTER COLUMN id SET DEFAULT nextval('public.gtfs_networks_id_seq'::regclass);


--
-- Name: gtfs_pathways id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_pathways ALTER COLUMN id SET DEFAULT nextval('public.gtfs_pathways_id_seq'::regclass);


--
-- Name: gtfs_rider_categories id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_rider_categories ALTER COLUMN id SET DEFAULT nextval('public.gtfs_rider_categories_id_seq'::regclass);


--
-- Name: gtfs_route_networks id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_route_networks ALTER COLUMN id SET DEFAULT nextval('public.gtfs_route_networks_id_seq'::regclass);


--
-- Name: gtfs_routes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_routes ALTER COLUMN id SET DEFAULT nextval('public.gtfs_routes_id_seq'::regclass);


--
-- Name: gtfs_shapes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_shapes ALTER COLUMN id SET DEFAULT nextval('public.gtfs_shapes_id_seq'::regclass);


--
-- Name: gtfs_stop_areas id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_areas ALTER COLUMN id SET DEFAULT nextval('public.gtfs_stop_areas_id_seq'::regclass);


--
-- Name: gtfs_stops id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stops ALTER COLUMN id SET DEFAULT nextval('public.gtfs_stops_id_seq'::regclass);


--
-- Name: gtfs_timeframes id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_timeframes ALTER COLUMN id SET DEFAULT nextval('public.gtfs_timeframes_id_seq'::regclass);


--
-- Name: gtfs_transfers id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_transfers ALTER COLUMN id SET DEFAULT nextval('public.gtfs_transfers_id_seq'::regclass);


--
-- Name: gtfs_translations id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_translations ALTER COLUMN id SET DEFAULT nextval('public.gtfs_translations_id_seq'::regclass);


--
-- Name: gtfs_trips id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_trips ALTER COLUMN id SET DEFAULT nextval('public.gtfs_trips_id_seq'::regclass);


--
-- Name: ne_10m_admin_1_states_provinces ogc_fid; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ne_10m_admin_1_states_provinces ALTER COLUMN ogc_fid SET DEFAULT nextval('public.ne_10m_admin_1_states_provinces_ogc_fid_seq'::regclass);


--
-- Name: river_job id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.river_job ALTER COLUMN id SET DEFAULT nextval('public.river_job_id_seq'::regclass);


--
-- Name: tl_agency_onestop_ids id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_agency_onestop_ids ALTER COLUMN id SET DEFAULT nextval('public.tl_agency_onestop_ids_id_seq'::regclass);


--
-- Name: tl_agency_places id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_agency_places ALTER COLUMN id SET DEFAULT nextval('public.agency_places_id_seq'::regclass);


--
-- Name: tl_census_datasets id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_datasets ALTER COLUMN id SET DEFAULT nextval('public.tl_census_datasets_id_seq'::regclass);


--
-- Name: tl_census_fields id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_fields ALTER COLUMN id SET DEFAULT nextval('public.tl_census_fields_id_seq'::regclass);


--
-- Name: tl_census_geographies id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_geographies ALTER COLUMN id SET DEFAULT nextval('public.tl_census_geographies_id_seq'::regclass);


--
-- Name: tl_census_layers id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_layers ALTER COLUMN id SET DEFAULT nextval('public.tl_census_layers_id_seq'::regclass);


--
-- Name: tl_census_sources id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_sources ALTER COLUMN id SET DEFAULT nextval('public.tl_census_sources_id_seq'::regclass);


--
-- Name: tl_census_tables id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_tables ALTER COLUMN id SET DEFAULT nextval('public.tl_census_tables_id_seq'::regclass);


--
-- Name: tl_ext_fare_networks id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_ext_fare_networks ALTER COLUMN id SET DEFAULT nextval('public.tl_ext_fare_networks_id_seq'::regclass);


--
-- Name: tl_groups id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_groups ALTER COLUMN id SET DEFAULT nextval('public.tl_groups_id_seq'::regclass);


--
-- Name: tl_job_artifacts id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_job_artifacts ALTER COLUMN id SET DEFAULT nextval('public.tl_job_artifacts_id_seq'::regclass);


--
-- Name: tl_route_headways id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_route_headways ALTER COLUMN id SET DEFAULT nextval('public.route_headways_id_seq'::regclass);


--
-- Name: tl_route_onestop_ids id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_route_onestop_ids ALTER COLUMN id SET DEFAULT nextval('public.tl_route_onestop_ids_id_seq'::regclass);


--
-- Name: tl_segment_patterns id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_segment_patterns ALTER COLUMN id SET DEFAULT nextval('public.tl_segment_patterns_id_seq'::regclass);


--
-- Name: tl_segments id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_segments ALTER COLUMN id SET DEFAULT nextval('public.tl_segments_id_seq'::regclass);


--
-- Name: tl_stop_external_references id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_stop_external_references ALTER COLUMN id SET DEFAULT nextval('public.tl_stop_external_references_id_seq'::regclass);


--
-- Name: tl_stop_onestop_ids id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_stop_onestop_ids ALTER COLUMN id SET DEFAULT nextval('public.tl_stop_onestop_ids_id_seq'::regclass);


--
-- Name: tl_tenants id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_tenants ALTER COLUMN id SET DEFAULT nextval('public.tl_tenants_id_seq'::regclass);


--
-- Name: tl_validation_report_error_exemplars id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_validation_report_error_exemplars ALTER COLUMN id SET DEFAULT nextval('public.tl_validation_report_error_exemplars_id_seq'::regclass);


--
-- Name: tl_validation_report_error_groups id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_validation_report_error_groups ALTER COLUMN id SET DEFAULT nextval('public.tl_validation_report_error_groups_id_seq'::regclass);


--
-- Name: tl_validation_reports id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_validation_reports ALTER COLUMN id SET DEFAULT nextval('public.tl_validation_reports_id_seq'::regclass);


--
-- Name: tl_validation_trip_update_stats id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_validation_trip_update_stats ALTER COLUMN id SET DEFAULT nextval('public.tl_validation_trip_update_stats_id_seq'::regclass);


--
-- Name: tl_validation_vehicle_position_stats id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_validation_vehicle_position_stats ALTER COLUMN id SET DEFAULT nextval('public.tl_validation_vehicle_position_stats_id_seq'::regclass);


--
-- Name: tl_agency_places agency_places_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_agency_places
    ADD CONSTRAINT agency_places_pkey PRIMARY KEY (id);


--
-- Name: current_feeds current_feeds_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.current_feeds
    ADD CONSTRAINT current_feeds_pkey PRIMARY KEY (id);


--
-- Name: current_operators_in_feed current_operators_in_feed_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.current_operators_in_feed
    ADD CONSTRAINT current_operators_in_feed_pkey PRIMARY KEY (id);


--
-- Name: current_operators current_operators_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.current_operators
    ADD CONSTRAINT current_operators_pkey PRIMARY KEY (id);


--
-- Name: ext_performance_stop_observations ext_performance_stop_observations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_performance_stop_observations
    ADD CONSTRAINT ext_performance_stop_observations_pkey PRIMARY KEY (id);


--
-- Name: ext_plus_calendar_attributes ext_plus_calendar_attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_calendar_attributes
    ADD CONSTRAINT ext_plus_calendar_attributes_pkey PRIMARY KEY (id);


--
-- Name: ext_plus_directions ext_plus_directions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_directions
    ADD CONSTRAINT ext_plus_directions_pkey PRIMARY KEY (id);


--
-- Name: ext_plus_fare_rider_categories ext_plus_fare_rider_categories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_fare_rider_categories
    ADD CONSTRAINT ext_plus_fare_rider_categories_pkey PRIMARY KEY (id);


--
-- Name: ext_plus_farezone_attributes ext_plus_farezone_attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_farezone_attributes
    ADD CONSTRAINT ext_plus_farezone_attributes_pkey PRIMARY KEY (id);


--
-- Name: ext_plus_realtime_routes ext_plus_realtime_routes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_realtime_routes
    ADD CONSTRAINT ext_plus_realtime_routes_pkey PRIMARY KEY (id);


--
-- Name: ext_plus_realtime_stops ext_plus_realtime_stops_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_realtime_stops
    ADD CONSTRAINT ext_plus_realtime_stops_pkey PRIMARY KEY (id);


--
-- Name: ext_plus_realtime_trips ext_plus_realtime_trips_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_realtime_trips
    ADD CONSTRAINT ext_plus_realtime_trips_pkey PRIMARY KEY (id);


--
-- Name: ext_plus_rider_categories ext_plus_rider_categories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_rider_categories
    ADD CONSTRAINT ext_plus_rider_categories_pkey PRIMARY KEY (id);


--
-- Name: ext_plus_route_attributes ext_plus_route_attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_route_attributes
    ADD CONSTRAINT ext_plus_route_attributes_pkey PRIMARY KEY (id);


--
-- Name: ext_plus_stop_attributes ext_plus_stop_attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_stop_attributes
    ADD CONSTRAINT ext_plus_stop_attributes_pkey PRIMARY KEY (id);


--
-- Name: ext_plus_timepoints ext_plus_timepoints_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_timepoints
    ADD CONSTRAINT ext_plus_timepoints_pkey PRIMARY KEY (id);


--
-- Name: feed_fetches feed_fetches_new_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_fetches
    ADD CONSTRAINT feed_fetches_new_pkey PRIMARY KEY (id, url_type, fetched_at);


--
-- Name: feed_fetches_gbfs feed_fetches_gbfs_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_fetches_gbfs
    ADD CONSTRAINT feed_fetches_gbfs_pkey PRIMARY KEY (id, url_type, fetched_at);


--
-- Name: feed_fetches_gbfs_default feed_fetches_gbfs_default_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_fetches_gbfs_default
    ADD CONSTRAINT feed_fetches_gbfs_default_pkey PRIMARY KEY (id, url_type, fetched_at);


--
-- Name: feed_fetches_old feed_fetches_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_fetches_old
    ADD CONSTRAINT feed_fetches_pkey PRIMARY KEY (id);


--
-- Name: feed_fetches_rt feed_fetches_rt_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_fetches_rt
    ADD CONSTRAINT feed_fetches_rt_pkey PRIMARY KEY (id, url_type, fetched_at);


--
-- Name: feed_fetches_rt_default feed_fetches_rt_default_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_fetches_rt_default
    ADD CONSTRAINT feed_fetches_rt_default_pkey PRIMARY KEY (id, url_type, fetched_at);


--
-- Name: feed_fetches_static feed_fetches_static_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_fetches_static
    ADD CONSTRAINT feed_fetches_static_pkey PRIMARY KEY (id, url_type, fetched_at);


--
-- Name: feed_fetches_unknown feed_fetches_unknown_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_fetches_unknown
    ADD CONSTRAINT feed_fetches_unknown_pkey PRIMARY KEY (id, url_type, fetched_at);


--
-- Name: feed_states feed_states_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_states
    ADD CONSTRAINT feed_states_pkey PRIMARY KEY (id);


--
-- Name: feed_version_file_infos feed_version_file_infos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_version_file_infos
    ADD CONSTRAINT feed_version_file_infos_pkey PRIMARY KEY (id);


--
-- Name: feed_version_gtfs_imports feed_version_gtfs_imports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_version_gtfs_imports
    ADD CONSTRAINT feed_version_gtfs_imports_pkey PRIMARY KEY (id);


--
-- Name: feed_version_service_levels feed_version_service_levels_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_version_service_levels
    ADD CONSTRAINT feed_version_service_levels_pkey PRIMARY KEY (id);


--
-- Name: feed_version_service_windows feed_version_service_windows_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_version_service_windows
    ADD CONSTRAINT feed_version_service_windows_pkey PRIMARY KEY (id);


--
-- Name: feed_versions feed_versions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_versions
    ADD CONSTRAINT feed_versions_pkey PRIMARY KEY (id);


--
-- Name: gtfs_agencies gtfs_agencies_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_agencies
    ADD CONSTRAINT gtfs_agencies_pkey PRIMARY KEY (id);


--
-- Name: gtfs_areas gtfs_areas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_areas
    ADD CONSTRAINT gtfs_areas_pkey PRIMARY KEY (id);


--
-- Name: gtfs_attributions gtfs_attributions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_attributions
    ADD CONSTRAINT gtfs_attributions_pkey PRIMARY KEY (id);


--
-- Name: gtfs_booking_rules gtfs_booking_rules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_booking_rules
    ADD CONSTRAINT gtfs_booking_rules_pkey PRIMARY KEY (id);


--
-- Name: gtfs_calendar_dates gtfs_calendar_dates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_calendar_dates
    ADD CONSTRAINT gtfs_calendar_dates_pkey PRIMARY KEY (id);


--
-- Name: gtfs_calendars gtfs_calendars_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_calendars
    ADD CONSTRAINT gtfs_calendars_pkey PRIMARY KEY (id);


--
-- Name: gtfs_fare_attributes gtfs_fare_attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_attributes
    ADD CONSTRAINT gtfs_fare_attributes_pkey PRIMARY KEY (id);


--
-- Name: gtfs_fare_leg_join_rules gtfs_fare_leg_join_rules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_leg_join_rules
    ADD CONSTRAINT gtfs_fare_leg_join_rules_pkey PRIMARY KEY (id);


--
-- Name: gtfs_fare_leg_rules gtfs_fare_leg_rules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_leg_rules
    ADD CONSTRAINT gtfs_fare_leg_rules_pkey PRIMARY KEY (id);


--
-- Name: gtfs_fare_media gtfs_fare_media_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_media
    ADD CONSTRAINT gtfs_fare_media_pkey PRIMARY KEY (id);


--
-- Name: gtfs_fare_products gtfs_fare_products_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_products
    ADD CONSTRAINT gtfs_fare_products_pkey PRIMARY KEY (id);


--
-- Name: gtfs_fare_rules gtfs_fare_rules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_rules
    ADD CONSTRAINT gtfs_fare_rules_pkey PRIMARY KEY (id);


--
-- Name: gtfs_fare_transfer_rules gtfs_fare_transfer_rules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_transfer_rules
    ADD CONSTRAINT gtfs_fare_transfer_rules_pkey PRIMARY KEY (id);


--
-- Name: gtfs_feed_infos gtfs_feed_infos_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_feed_infos
    ADD CONSTRAINT gtfs_feed_infos_pkey PRIMARY KEY (id);


--
-- Name: gtfs_frequencies gtfs_frequencies_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_frequencies
    ADD CONSTRAINT gtfs_frequencies_pkey PRIMARY KEY (id);


--
-- Name: gtfs_levels gtfs_levels_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_levels
    ADD CONSTRAINT gtfs_levels_pkey PRIMARY KEY (id);


--
-- Name: gtfs_location_group_stops gtfs_location_group_stops_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_location_group_stops
    ADD CONSTRAINT gtfs_location_group_stops_pkey PRIMARY KEY (id);


--
-- Name: gtfs_location_groups gtfs_location_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_location_groups
    ADD CONSTRAINT gtfs_location_groups_pkey PRIMARY KEY (id);


--
-- Name: gtfs_locations gtfs_locations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_locations
    ADD CONSTRAINT gtfs_locations_pkey PRIMARY KEY (id);


--
-- Name: gtfs_networks gtfs_networks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_networks
    ADD CONSTRAINT gtfs_networks_pkey PRIMARY KEY (id);


--
-- Name: gtfs_pathways gtfs_pathways_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_pathways
    ADD CONSTRAINT gtfs_pathways_pkey PRIMARY KEY (id);


--
-- Name: gtfs_rider_categories gtfs_rider_categories_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_rider_categories
    ADD CONSTRAINT gtfs_rider_categories_pkey PRIMARY KEY (id);


--
-- Name: gtfs_route_networks gtfs_route_networks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_route_networks
    ADD CONSTRAINT gtfs_route_networks_pkey PRIMARY KEY (id);


--
-- Name: gtfs_routes gtfs_routes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_routes
    ADD CONSTRAINT gtfs_routes_pkey PRIMARY KEY (id);


--
-- Name: gtfs_shapes gtfs_shapes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_shapes
    ADD CONSTRAINT gtfs_shapes_pkey PRIMARY KEY (id);


--
-- Name: gtfs_stop_areas gtfs_stop_areas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_areas
    ADD CONSTRAINT gtfs_stop_areas_pkey PRIMARY KEY (id);


--
-- Name: gtfs_stop_times gtfs_stop_times_pkey1; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times
    ADD CONSTRAINT gtfs_stop_times_pkey1 PRIMARY KEY (feed_version_id, trip_id, stop_sequence);


--
-- Name: gtfs_stop_times_0 gtfs_stop_times_0_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times_0
    ADD CONSTRAINT gtfs_stop_times_0_pkey PRIMARY KEY (feed_version_id, trip_id, stop_sequence);


--
-- Name: gtfs_stop_times_1 gtfs_stop_times_1_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times_1
    ADD CONSTRAINT gtfs_stop_times_1_pkey PRIMARY KEY (feed_version_id, trip_id, stop_sequence);


--
-- Name: gtfs_stop_times_2 gtfs_stop_times_2_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times_2
    ADD CONSTRAINT gtfs_stop_times_2_pkey PRIMARY KEY (feed_version_id, trip_id, stop_sequence);


--
-- Name: gtfs_stop_times_3 gtfs_stop_times_3_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times_3
    ADD CONSTRAINT gtfs_stop_times_3_pkey PRIMARY KEY (feed_version_id, trip_id, stop_sequence);


--
-- Name: gtfs_stop_times_4 gtfs_stop_times_4_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times_4
    ADD CONSTRAINT gtfs_stop_times_4_pkey PRIMARY KEY (feed_version_id, trip_id, stop_sequence);


--
-- Name: gtfs_stop_times_5 gtfs_stop_times_5_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times_5
    ADD CONSTRAINT gtfs_stop_times_5_pkey PRIMARY KEY (feed_version_id, trip_id, stop_sequence);


--
-- Name: gtfs_stop_times_6 gtfs_stop_times_6_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times_6
    ADD CONSTRAINT gtfs_stop_times_6_pkey PRIMARY KEY (feed_version_id, trip_id, stop_sequence);


--
-- Name: gtfs_stop_times_7 gtfs_stop_times_7_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times_7
    ADD CONSTRAINT gtfs_stop_times_7_pkey PRIMARY KEY (feed_version_id, trip_id, stop_sequence);


--
-- Name: gtfs_stop_times_8 gtfs_stop_times_8_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times_8
    ADD CONSTRAINT gtfs_stop_times_8_pkey PRIMARY KEY (feed_version_id, trip_id, stop_sequence);


--
-- Name: gtfs_stop_times_9 gtfs_stop_times_9_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_times_9
    ADD CONSTRAINT gtfs_stop_times_9_pkey PRIMARY KEY (feed_version_id, trip_id, stop_sequence);


--
-- Name: gtfs_stops gtfs_stops_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stops
    ADD CONSTRAINT gtfs_stops_pkey PRIMARY KEY (id);


--
-- Name: gtfs_timeframes gtfs_timeframes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_timeframes
    ADD CONSTRAINT gtfs_timeframes_pkey PRIMARY KEY (id);


--
-- Name: gtfs_transfers gtfs_transfers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_transfers
    ADD CONSTRAINT gtfs_transfers_pkey PRIMARY KEY (id);


--
-- Name: gtfs_translations gtfs_translations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_translations
    ADD CONSTRAINT gtfs_translations_pkey PRIMARY KEY (id);


--
-- Name: gtfs_trips gtfs_trips_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_trips
    ADD CONSTRAINT gtfs_trips_pkey PRIMARY KEY (id);


--
-- Name: ne_10m_admin_1_states_provinces ne_10m_admin_1_states_provinces_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ne_10m_admin_1_states_provinces
    ADD CONSTRAINT ne_10m_admin_1_states_provinces_pkey PRIMARY KEY (ogc_fid);


--
-- Name: river_client river_client_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.river_client
    ADD CONSTRAINT river_client_pkey PRIMARY KEY (id);


--
-- Name: river_client_queue river_client_queue_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.river_client_queue
    ADD CONSTRAINT river_client_queue_pkey PRIMARY KEY (river_client_id, name);


--
-- Name: river_job river_job_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.river_job
    ADD CONSTRAINT river_job_pkey PRIMARY KEY (id);


--
-- Name: river_leader river_leader_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.river_leader
    ADD CONSTRAINT river_leader_pkey PRIMARY KEY (name);


--
-- Name: river_migration river_migration_pkey1; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.river_migration
    ADD CONSTRAINT river_migration_pkey1 PRIMARY KEY (line, version);


--
-- Name: river_queue river_queue_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.river_queue
    ADD CONSTRAINT river_queue_pkey PRIMARY KEY (name);


--
-- Name: tl_route_headways route_headways_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_route_headways
    ADD CONSTRAINT route_headways_pkey PRIMARY KEY (id);


--
-- Name: tl_agency_onestop_ids tl_agency_onestop_ids_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_agency_onestop_ids
    ADD CONSTRAINT tl_agency_onestop_ids_pkey PRIMARY KEY (id);


--
-- Name: tl_census_datasets tl_census_datasets_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_datasets
    ADD CONSTRAINT tl_census_datasets_pkey PRIMARY KEY (id);


--
-- Name: tl_census_fields tl_census_fields_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_fields
    ADD CONSTRAINT tl_census_fields_pkey PRIMARY KEY (id);


--
-- Name: tl_census_geographies tl_census_geographies_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_geographies
    ADD CONSTRAINT tl_census_geographies_pkey PRIMARY KEY (id);


--
-- Name: tl_census_layers tl_census_layers_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_layers
    ADD CONSTRAINT tl_census_layers_pkey PRIMARY KEY (id);


--
-- Name: tl_census_sources tl_census_sources_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_sources
    ADD CONSTRAINT tl_census_sources_pkey PRIMARY KEY (id);


--
-- Name: tl_census_tables tl_census_tables_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_tables
    ADD CONSTRAINT tl_census_tables_pkey PRIMARY KEY (id);


--
-- Name: tl_ext_fare_networks tl_ext_fare_networks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_ext_fare_networks
    ADD CONSTRAINT tl_ext_fare_networks_pkey PRIMARY KEY (id);


--
-- Name: tl_feed_version_geohashes tl_feed_version_geohashes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_feed_version_geohashes
    ADD CONSTRAINT tl_feed_version_geohashes_pkey PRIMARY KEY (feed_version_id, geohash);


--
-- Name: tl_groups tl_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_groups
    ADD CONSTRAINT tl_groups_pkey PRIMARY KEY (id);


--
-- Name: tl_job_artifacts tl_job_artifacts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_job_artifacts
    ADD CONSTRAINT tl_job_artifacts_pkey PRIMARY KEY (id);


--
-- Name: tl_route_onestop_ids tl_route_onestop_ids_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_route_onestop_ids
    ADD CONSTRAINT tl_route_onestop_ids_pkey PRIMARY KEY (id);


--
-- Name: tl_segment_patterns tl_segment_patterns_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_segment_patterns
    ADD CONSTRAINT tl_segment_patterns_pkey PRIMARY KEY (id);


--
-- Name: tl_segments tl_segments_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_segments
    ADD CONSTRAINT tl_segments_pkey PRIMARY KEY (id);


--
-- Name: tl_stop_external_references tl_stop_external_references_pkey1; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_stop_external_references
    ADD CONSTRAINT tl_stop_external_references_pkey1 PRIMARY KEY (id);


--
-- Name: tl_stop_onestop_ids tl_stop_onestop_ids_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_stop_onestop_ids
    ADD CONSTRAINT tl_stop_onestop_ids_pkey PRIMARY KEY (id);


--
-- Name: tl_tenants tl_tenants_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_tenants
    ADD CONSTRAINT tl_tenants_pkey PRIMARY KEY (id);


--
-- Name: tl_validation_report_error_exemplars tl_validation_report_error_exemplars_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_validation_report_error_exemplars
    ADD CONSTRAINT tl_validation_report_error_exemplars_pkey PRIMARY KEY (id);


--
-- Name: tl_validation_report_error_groups tl_validation_report_error_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_validation_report_error_groups
    ADD CONSTRAINT tl_validation_report_error_groups_pkey PRIMARY KEY (id);


--
-- Name: tl_validation_reports tl_validation_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_validation_reports
    ADD CONSTRAINT tl_validation_reports_pkey PRIMARY KEY (id);


--
-- Name: tl_validation_trip_update_stats tl_validation_trip_update_stats_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_validation_trip_update_stats
    ADD CONSTRAINT tl_validation_trip_update_stats_pkey PRIMARY KEY (id);


--
-- Name: tl_validation_vehicle_position_stats tl_validation_vehicle_position_stats_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_validation_vehicle_position_stats
    ADD CONSTRAINT tl_validation_vehicle_position_stats_pkey PRIMARY KEY (id);


--
-- Name: #c_operators_cu_in_changeset_id_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "#c_operators_cu_in_changeset_id_index" ON public.current_operators USING btree (created_or_updated_in_changeset_id);


--
-- Name: agency_places_agency_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX agency_places_agency_id_idx ON public.tl_agency_places USING btree (agency_id);


--
-- Name: agency_places_best_match_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX agency_places_best_match_idx ON public.tl_agency_places USING btree (best_match);


--
-- Name: agency_places_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX agency_places_feed_version_id_idx ON public.tl_agency_places USING btree (feed_version_id);


--
-- Name: current_feeds_auth_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_feeds_auth_idx ON public.current_feeds USING gin (auth);


--
-- Name: current_feeds_feed_tags_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_feeds_feed_tags_idx ON public.current_feeds USING gin (feed_tags);


--
-- Name: current_feeds_id_deleted_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_feeds_id_deleted_at_idx ON public.current_feeds USING btree (id) INCLUDE (deleted_at);


--
-- Name: current_feeds_id_deleted_at_onestop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_feeds_id_deleted_at_onestop_id_idx ON public.current_feeds USING btree (id) INCLUDE (deleted_at, onestop_id);


--
-- Name: current_feeds_license_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_feeds_license_idx ON public.current_feeds USING gin (license);


--
-- Name: current_feeds_text_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_feeds_text_idx ON public.current_feeds USING btree (((license ->> 'create_derived_product'::text)));


--
-- Name: current_feeds_text_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_feeds_text_idx1 ON public.current_feeds USING btree (((license ->> 'commercial_use_allowed'::text)));


--
-- Name: current_feeds_text_idx2; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_feeds_text_idx2 ON public.current_feeds USING btree (((license ->> 'share_alike_optional'::text)));


--
-- Name: current_feeds_text_idx3; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_feeds_text_idx3 ON public.current_feeds USING btree (((license ->> 'redistribution_allowed'::text)));


--
-- Name: current_feeds_text_idx4; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_feeds_text_idx4 ON public.current_feeds USING btree (((license ->> 'use_without_attribution'::text)));


--
-- Name: current_feeds_textsearch_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_feeds_textsearch_idx ON public.current_feeds USING gin (textsearch);


--
-- Name: current_feeds_urls_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_feeds_urls_idx ON public.current_feeds USING gin (urls);


--
-- Name: current_oif; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_oif ON public.current_operators_in_feed USING btree (created_or_updated_in_changeset_id);


--
-- Name: current_operators_associated_feeds_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_operators_associated_feeds_idx ON public.current_operators USING gin (associated_feeds);


--
-- Name: current_operators_in_feed_agency_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_operators_in_feed_agency_id_idx ON public.current_operators_in_feed USING btree (agency_id);


--
-- Name: current_operators_in_feed_resolved_gtfs_agency_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_operators_in_feed_resolved_gtfs_agency_id_idx ON public.current_operators_in_feed USING btree (resolved_gtfs_agency_id);


--
-- Name: current_operators_in_feed_resolved_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_operators_in_feed_resolved_name_idx ON public.current_operators_in_feed USING btree (resolved_name);


--
-- Name: current_operators_in_feed_resolved_onestop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_operators_in_feed_resolved_onestop_id_idx ON public.current_operators_in_feed USING btree (resolved_onestop_id);


--
-- Name: current_operators_in_feed_resolved_places_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_operators_in_feed_resolved_places_idx ON public.current_operators_in_feed USING btree (resolved_places);


--
-- Name: current_operators_in_feed_resolved_short_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_operators_in_feed_resolved_short_name_idx ON public.current_operators_in_feed USING btree (resolved_short_name);


--
-- Name: current_operators_in_feed_textsearch_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_operators_in_feed_textsearch_idx ON public.current_operators_in_feed USING gin (textsearch);


--
-- Name: current_operators_operator_tags_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_operators_operator_tags_idx ON public.current_operators USING gin (operator_tags);


--
-- Name: current_operators_textsearch_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_operators_textsearch_idx ON public.current_operators USING gin (textsearch);


--
-- Name: ext_performance_stop_observations_build_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_performance_stop_observations_build_id_idx ON public.ext_performance_stop_observations USING btree (build_id);


--
-- Name: ext_performance_stop_observations_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_performance_stop_observations_feed_version_id_idx ON public.ext_performance_stop_observations USING btree (feed_version_id);


--
-- Name: ext_performance_stop_observations_from_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_performance_stop_observations_from_stop_id_idx ON public.ext_performance_stop_observations USING btree (from_stop_id);


--
-- Name: ext_performance_stop_observations_source_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_performance_stop_observations_source_idx ON public.ext_performance_stop_observations USING btree (source);


--
-- Name: ext_performance_stop_observations_to_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_performance_stop_observations_to_stop_id_idx ON public.ext_performance_stop_observations USING btree (to_stop_id);


--
-- Name: ext_performance_stop_observations_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_performance_stop_observations_trip_id_idx ON public.ext_performance_stop_observations USING btree (trip_id);


--
-- Name: ext_performance_stop_observations_trip_start_date_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_performance_stop_observations_trip_start_date_trip_id_idx ON public.ext_performance_stop_observations USING btree (trip_start_date, trip_id);


--
-- Name: ext_plus_calendar_attributes_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_calendar_attributes_feed_version_id_id_idx ON public.ext_plus_calendar_attributes USING btree (feed_version_id, id);


--
-- Name: ext_plus_calendar_attributes_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_calendar_attributes_feed_version_id_idx ON public.ext_plus_calendar_attributes USING btree (feed_version_id);


--
-- Name: ext_plus_calendar_attributes_service_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_calendar_attributes_service_id_idx ON public.ext_plus_calendar_attributes USING btree (service_id);


--
-- Name: ext_plus_directions_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_directions_feed_version_id_id_idx ON public.ext_plus_directions USING btree (feed_version_id, id);


--
-- Name: ext_plus_directions_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_directions_feed_version_id_idx ON public.ext_plus_directions USING btree (feed_version_id);


--
-- Name: ext_plus_directions_route_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_directions_route_id_idx ON public.ext_plus_directions USING btree (route_id);


--
-- Name: ext_plus_fare_rider_categories_fare_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_fare_rider_categories_fare_id_idx ON public.ext_plus_fare_rider_categories USING btree (fare_id);


--
-- Name: ext_plus_fare_rider_categories_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_fare_rider_categories_feed_version_id_id_idx ON public.ext_plus_fare_rider_categories USING btree (feed_version_id, id);


--
-- Name: ext_plus_fare_rider_categories_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_fare_rider_categories_feed_version_id_idx ON public.ext_plus_fare_rider_categories USING btree (feed_version_id);


--
-- Name: ext_plus_fare_rider_categories_rider_category_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_fare_rider_categories_rider_category_id_idx ON public.ext_plus_fare_rider_categories USING btree (rider_category_id);


--
-- Name: ext_plus_farezone_attributes_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_farezone_attributes_feed_version_id_id_idx ON public.ext_plus_farezone_attributes USING btree (feed_version_id, id);


--
-- Name: ext_plus_farezone_attributes_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_farezone_attributes_feed_version_id_idx ON public.ext_plus_farezone_attributes USING btree (feed_version_id);


--
-- Name: ext_plus_realtime_routes_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_realtime_routes_feed_version_id_id_idx ON public.ext_plus_realtime_routes USING btree (feed_version_id, id);


--
-- Name: ext_plus_realtime_routes_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_realtime_routes_feed_version_id_idx ON public.ext_plus_realtime_routes USING btree (feed_version_id);


--
-- Name: ext_plus_realtime_routes_route_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_realtime_routes_route_id_idx ON public.ext_plus_realtime_routes USING btree (route_id);


--
-- Name: ext_plus_realtime_stops_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_realtime_stops_feed_version_id_id_idx ON public.ext_plus_realtime_stops USING btree (feed_version_id, id);


--
-- Name: ext_plus_realtime_stops_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_realtime_stops_feed_version_id_idx ON public.ext_plus_realtime_stops USING btree (feed_version_id);


--
-- Name: ext_plus_realtime_stops_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_realtime_stops_stop_id_idx ON public.ext_plus_realtime_stops USING btree (stop_id);


--
-- Name: ext_plus_realtime_stops_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_realtime_stops_trip_id_idx ON public.ext_plus_realtime_stops USING btree (trip_id);


--
-- Name: ext_plus_realtime_trips_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_realtime_trips_feed_version_id_id_idx ON public.ext_plus_realtime_trips USING btree (feed_version_id, id);


--
-- Name: ext_plus_realtime_trips_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_realtime_trips_feed_version_id_idx ON public.ext_plus_realtime_trips USING btree (feed_version_id);


--
-- Name: ext_plus_realtime_trips_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_realtime_trips_trip_id_idx ON public.ext_plus_realtime_trips USING btree (trip_id);


--
-- Name: ext_plus_rider_categories_agency_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_rider_categories_agency_id_idx ON public.ext_plus_rider_categories USING btree (agency_id);


--
-- Name: ext_plus_rider_categories_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_rider_categories_feed_version_id_id_idx ON public.ext_plus_rider_categories USING btree (feed_version_id, id);


--
-- Name: ext_plus_rider_categories_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_rider_categories_feed_version_id_idx ON public.ext_plus_rider_categories USING btree (feed_version_id);


--
-- Name: ext_plus_route_attributes_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_route_attributes_feed_version_id_id_idx ON public.ext_plus_route_attributes USING btree (feed_version_id, id);


--
-- Name: ext_plus_route_attributes_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_route_attributes_feed_version_id_idx ON public.ext_plus_route_attributes USING btree (feed_version_id);


--
-- Name: ext_plus_route_attributes_route_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_route_attributes_route_id_idx ON public.ext_plus_route_attributes USING btree (route_id);


--
-- Name: ext_plus_stop_attributes_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_stop_attributes_feed_version_id_id_idx ON public.ext_plus_stop_attributes USING btree (feed_version_id, id);


--
-- Name: ext_plus_stop_attributes_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_stop_attributes_feed_version_id_idx ON public.ext_plus_stop_attributes USING btree (feed_version_id);


--
-- Name: ext_plus_stop_attributes_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_stop_attributes_stop_id_idx ON public.ext_plus_stop_attributes USING btree (stop_id);


--
-- Name: ext_plus_timepoints_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_timepoints_feed_version_id_id_idx ON public.ext_plus_timepoints USING btree (feed_version_id, id);


--
-- Name: ext_plus_timepoints_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_timepoints_feed_version_id_idx ON public.ext_plus_timepoints USING btree (feed_version_id);


--
-- Name: ext_plus_timepoints_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_timepoints_stop_id_idx ON public.ext_plus_timepoints USING btree (stop_id);


--
-- Name: ext_plus_timepoints_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ext_plus_timepoints_trip_id_idx ON public.ext_plus_timepoints USING btree (trip_id);


--
-- Name: feed_fetches_feed_id_fetched_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_feed_id_fetched_at_idx ON public.feed_fetches_old USING btree (feed_id, fetched_at) WHERE (success = true);


--
-- Name: feed_fetches_feed_id_fetched_at_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_feed_id_fetched_at_idx1 ON public.feed_fetches_old USING btree (feed_id, fetched_at) WHERE (success = false);


--
-- Name: feed_fetches_feed_id_fetched_at_success_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_feed_id_fetched_at_success_idx ON public.feed_fetches_old USING btree (feed_id, fetched_at) INCLUDE (success);


--
-- Name: feed_fetches_feed_id_url_type_fetched_at_success_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_feed_id_url_type_fetched_at_success_idx ON ONLY public.feed_fetches USING btree (feed_id, url_type, fetched_at DESC) INCLUDE (feed_version_id) WHERE success;


--
-- Name: feed_fetches_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_feed_version_id_idx ON public.feed_fetches_old USING btree (feed_version_id);


--
-- Name: feed_fetches_fetched_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_fetched_at_idx ON public.feed_fetches_old USING btree (fetched_at);


--
-- Name: feed_fetches_new_feed_id_fetched_at_success_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_new_feed_id_fetched_at_success_idx ON ONLY public.feed_fetches USING btree (feed_id, fetched_at) INCLUDE (success);


--
-- Name: feed_fetches_gbfs_feed_id_fetched_at_success_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_gbfs_feed_id_fetched_at_success_idx ON ONLY public.feed_fetches_gbfs USING btree (feed_id, fetched_at) INCLUDE (success);


--
-- Name: feed_fetches_gbfs_default_feed_id_fetched_at_success_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_gbfs_default_feed_id_fetched_at_success_idx ON public.feed_fetches_gbfs_default USING btree (feed_id, fetched_at) INCLUDE (success);


--
-- Name: feed_fetches_gbfs_feed_id_url_type_fetched_at_feed_version__idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_gbfs_feed_id_url_type_fetched_at_feed_version__idx ON ONLY public.feed_fetches_gbfs USING btree (feed_id, url_type, fetched_at DESC) INCLUDE (feed_version_id) WHERE success;


--
-- Name: feed_fetches_gbfs_default_feed_id_url_type_fetched_at_feed__idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_gbfs_default_feed_id_url_type_fetched_at_feed__idx ON public.feed_fetches_gbfs_default USING btree (feed_id, url_type, fetched_at DESC) INCLUDE (feed_version_id) WHERE success;


--
-- Name: feed_fetches_new_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_new_feed_version_id_idx ON ONLY public.feed_fetches USING btree (feed_version_id);


--
-- Name: feed_fetches_gbfs_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_gbfs_feed_version_id_idx ON ONLY public.feed_fetches_gbfs USING btree (feed_version_id);


--
-- Name: feed_fetches_gbfs_default_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_gbfs_default_feed_version_id_idx ON public.feed_fetches_gbfs_default USING btree (feed_version_id);


--
-- Name: feed_fetches_rt_feed_id_fetched_at_success_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_rt_feed_id_fetched_at_success_idx ON ONLY public.feed_fetches_rt USING btree (feed_id, fetched_at) INCLUDE (success);


--
-- Name: feed_fetches_rt_default_feed_id_fetched_at_success_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_rt_default_feed_id_fetched_at_success_idx ON public.feed_fetches_rt_default USING btree (feed_id, fetched_at) INCLUDE (success);


--
-- Name: feed_fetches_rt_feed_id_url_type_fetched_at_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_rt_feed_id_url_type_fetched_at_feed_version_id_idx ON ONLY public.feed_fetches_rt USING btree (feed_id, url_type, fetched_at DESC) INCLUDE (feed_version_id) WHERE success;


--
-- Name: feed_fetches_rt_default_feed_id_url_type_fetched_at_feed_ve_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_rt_default_feed_id_url_type_fetched_at_feed_ve_idx ON public.feed_fetches_rt_default USING btree (feed_id, url_type, fetched_at DESC) INCLUDE (feed_version_id) WHERE success;


--
-- Name: feed_fetches_rt_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_rt_feed_version_id_idx ON ONLY public.feed_fetches_rt USING btree (feed_version_id);


--
-- Name: feed_fetches_rt_default_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_rt_default_feed_version_id_idx ON public.feed_fetches_rt_default USING btree (feed_version_id);


--
-- Name: feed_fetches_static_feed_id_fetched_at_success_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_static_feed_id_fetched_at_success_idx ON public.feed_fetches_static USING btree (feed_id, fetched_at) INCLUDE (success);


--
-- Name: feed_fetches_static_feed_id_url_type_fetched_at_feed_versio_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_static_feed_id_url_type_fetched_at_feed_versio_idx ON public.feed_fetches_static USING btree (feed_id, url_type, fetched_at DESC) INCLUDE (feed_version_id) WHERE success;


--
-- Name: feed_fetches_static_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_static_feed_version_id_idx ON public.feed_fetches_static USING btree (feed_version_id);


--
-- Name: feed_fetches_success_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_success_idx ON public.feed_fetches_old USING btree (success);


--
-- Name: feed_fetches_unknown_feed_id_fetched_at_success_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_unknown_feed_id_fetched_at_success_idx ON public.feed_fetches_unknown USING btree (feed_id, fetched_at) INCLUDE (success);


--
-- Name: feed_fetches_unknown_feed_id_url_type_fetched_at_feed_versi_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_unknown_feed_id_url_type_fetched_at_feed_versi_idx ON public.feed_fetches_unknown USING btree (feed_id, url_type, fetched_at DESC) INCLUDE (feed_version_id) WHERE success;


--
-- Name: feed_fetches_unknown_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_fetches_unknown_feed_version_id_idx ON public.feed_fetches_unknown USING btree (feed_version_id);


--
-- Name: feed_states_feed_id_feed_version_id_public_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_states_feed_id_feed_version_id_public_idx ON public.feed_states USING btree (feed_id) INCLUDE (feed_version_id, public);


--
-- Name: feed_states_public_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_states_public_idx ON public.feed_states USING btree (public);


--
-- Name: feed_version_agency_onestop_ids_feed_version_id_entity_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX feed_version_agency_onestop_ids_feed_version_id_entity_id_idx ON public.feed_version_agency_onestop_ids USING btree (feed_version_id, entity_id);


--
-- Name: feed_version_agency_onestop_ids_onestop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_version_agency_onestop_ids_onestop_id_idx ON public.feed_version_agency_onestop_ids USING hash (onestop_id);


--
-- Name: feed_version_file_infos_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_version_file_infos_feed_version_id_id_idx ON public.feed_version_file_infos USING btree (feed_version_id, id);


--
-- Name: feed_version_file_infos_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_version_file_infos_feed_version_id_idx ON public.feed_version_file_infos USING btree (feed_version_id);


--
-- Name: feed_version_file_infos_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_version_file_infos_name_idx ON public.feed_version_file_infos USING btree (name);


--
-- Name: feed_version_file_infos_sha1_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_version_file_infos_sha1_idx ON public.feed_version_file_infos USING btree (sha1);


--
-- Name: feed_version_route_onestop_ids_feed_version_id_entity_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX feed_version_route_onestop_ids_feed_version_id_entity_id_idx ON public.feed_version_route_onestop_ids USING btree (feed_version_id, entity_id);


--
-- Name: feed_version_route_onestop_ids_onestop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_version_route_onestop_ids_onestop_id_idx ON public.feed_version_route_onestop_ids USING hash (onestop_id);


--
-- Name: feed_version_service_levels_end_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_version_service_levels_end_date_idx ON public.feed_version_service_levels USING btree (end_date);


--
-- Name: feed_version_service_levels_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_version_service_levels_feed_version_id_id_idx ON public.feed_version_service_levels USING btree (feed_version_id, id);


--
-- Name: feed_version_service_levels_feed_version_id_route_id_start__idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX feed_version_service_levels_feed_version_id_route_id_start__idx ON public.feed_version_service_levels USING btree (feed_version_id, route_id, start_date, end_date);


--
-- Name: feed_version_service_levels_route_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_version_service_levels_route_id_idx ON public.feed_version_service_levels USING btree (route_id);


--
-- Name: feed_version_service_levels_start_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_version_service_levels_start_date_idx ON public.feed_version_service_levels USING btree (start_date);


--
-- Name: feed_version_service_windows_earliest_calendar_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_version_service_windows_earliest_calendar_date_idx ON public.feed_version_service_windows USING btree (earliest_calendar_date);


--
-- Name: feed_version_service_windows_feed_end_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_version_service_windows_feed_end_date_idx ON public.feed_version_service_windows USING btree (feed_end_date);


--
-- Name: feed_version_service_windows_feed_start_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_version_service_windows_feed_start_date_idx ON public.feed_version_service_windows USING btree (feed_start_date);


--
-- Name: feed_version_service_windows_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_version_service_windows_feed_version_id_id_idx ON public.feed_version_service_windows USING btree (feed_version_id, id);


--
-- Name: feed_version_service_windows_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX feed_version_service_windows_feed_version_id_idx ON public.feed_version_service_windows USING btree (feed_version_id);


--
-- Name: feed_version_service_windows_latest_calendar_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_version_service_windows_latest_calendar_date_idx ON public.feed_version_service_windows USING btree (latest_calendar_date);


--
-- Name: feed_version_stop_onestop_ids_feed_version_id_entity_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX feed_version_stop_onestop_ids_feed_version_id_entity_id_idx ON public.feed_version_stop_onestop_ids USING btree (feed_version_id, entity_id);


--
-- Name: feed_version_stop_onestop_ids_onestop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_version_stop_onestop_ids_onestop_id_idx ON public.feed_version_stop_onestop_ids USING hash (onestop_id);


--
-- Name: feed_versions_feed_id_fetched_at_id_sha1_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_versions_feed_id_fetched_at_id_sha1_idx ON public.feed_versions USING btree (feed_id) INCLUDE (fetched_at, id, sha1);


--
-- Name: feed_versions_feed_id_id_sha1_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_versions_feed_id_id_sha1_idx ON public.feed_versions USING btree (feed_id) INCLUDE (id, sha1);


--
-- Name: feed_versions_feed_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_versions_feed_id_idx ON public.feed_versions USING btree (feed_id);


--
-- Name: feed_versions_fetched_at_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_versions_fetched_at_idx ON public.feed_versions USING btree (fetched_at);


--
-- Name: feed_versions_id_feed_id_sha1_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_versions_id_feed_id_sha1_idx ON public.feed_versions USING btree (id) INCLUDE (feed_id, sha1);


--
-- Name: feed_versions_sha1_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX feed_versions_sha1_idx ON public.feed_versions USING btree (sha1);


--
-- Name: gtfs_agencies_feed_version_id_agency_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_agencies_feed_version_id_agency_id_idx ON public.gtfs_agencies USING btree (feed_version_id) INCLUDE (agency_id);


--
-- Name: gtfs_agencies_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_agencies_feed_version_id_id_idx ON public.gtfs_agencies USING btree (feed_version_id, id);


--
-- Name: gtfs_agencies_textsearch_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_agencies_textsearch_idx ON public.gtfs_agencies USING gin (textsearch);


--
-- Name: gtfs_areas_feed_version_id_area_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX gtfs_areas_feed_version_id_area_id_idx ON public.gtfs_areas USING btree (feed_version_id, area_id);


--
-- Name: gtfs_areas_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_areas_feed_version_id_id_idx ON public.gtfs_areas USING btree (feed_version_id, id);


--
-- Name: gtfs_attributions_agency_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_attributions_agency_id_idx ON public.gtfs_attributions USING btree (agency_id);


--
-- Name: gtfs_attributions_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_attributions_feed_version_id_id_idx ON public.gtfs_attributions USING btree (feed_version_id, id);


--
-- Name: gtfs_attributions_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_attributions_feed_version_id_idx ON public.gtfs_attributions USING btree (feed_version_id);


--
-- Name: gtfs_attributions_route_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_attributions_route_id_idx ON public.gtfs_attributions USING btree (route_id);


--
-- Name: gtfs_attributions_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_attributions_trip_id_idx ON public.gtfs_attributions USING btree (trip_id);


--
-- Name: gtfs_booking_rules_feed_version_id_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX gtfs_booking_rules_feed_version_id_booking_rule_id_idx ON public.gtfs_booking_rules USING btree (feed_version_id, booking_rule_id);


--
-- Name: gtfs_booking_rules_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_booking_rules_feed_version_id_id_idx ON public.gtfs_booking_rules USING btree (feed_version_id, id);


--
-- Name: gtfs_booking_rules_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_booking_rules_feed_version_id_idx ON public.gtfs_booking_rules USING btree (feed_version_id);


--
-- Name: gtfs_calendar_dates_feed_version_id_date_exception_type_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_calendar_dates_feed_version_id_date_exception_type_idx ON public.gtfs_calendar_dates USING btree (feed_version_id, date, exception_type);


--
-- Name: gtfs_calendar_dates_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_calendar_dates_feed_version_id_id_idx ON public.gtfs_calendar_dates USING btree (feed_version_id, id);


--
-- Name: gtfs_calendar_dates_service_id_exception_type_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_calendar_dates_service_id_exception_type_date_idx ON public.gtfs_calendar_dates USING btree (service_id, exception_type, date);


--
-- Name: gtfs_calendars_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_calendars_feed_version_id_id_idx ON public.gtfs_calendars USING btree (feed_version_id, id);


--
-- Name: gtfs_fare_attributes_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_fare_attributes_feed_version_id_id_idx ON public.gtfs_fare_attributes USING btree (feed_version_id, id);


--
-- Name: gtfs_fare_leg_join_rules_feed_version_id_from_network_id_to_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX gtfs_fare_leg_join_rules_feed_version_id_from_network_id_to_idx ON public.gtfs_fare_leg_join_rules USING btree (feed_version_id, from_network_id, to_network_id, from_stop_id, to_stop_id);


--
-- Name: gtfs_fare_leg_join_rules_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_fare_leg_join_rules_feed_version_id_idx ON public.gtfs_fare_leg_join_rules USING btree (feed_version_id);


--
-- Name: gtfs_fare_leg_rules_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_fare_leg_rules_feed_version_id_idx ON public.gtfs_fare_leg_rules USING btree (feed_version_id);


--
-- Name: gtfs_fare_media_feed_version_id_fare_media_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX gtfs_fare_media_feed_version_id_fare_media_id_idx ON public.gtfs_fare_media USING btree (feed_version_id, fare_media_id);


--
-- Name: gtfs_fare_media_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_fare_media_feed_version_id_id_idx ON public.gtfs_fare_media USING btree (feed_version_id, id);


--
-- Name: gtfs_fare_products_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_fare_products_feed_version_id_id_idx ON public.gtfs_fare_products USING btree (feed_version_id, id);


--
-- Name: gtfs_fare_products_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_fare_products_feed_version_id_idx ON public.gtfs_fare_products USING btree (feed_version_id);


--
-- Name: gtfs_fare_rules_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_fare_rules_feed_version_id_id_idx ON public.gtfs_fare_rules USING btree (feed_version_id, id);


--
-- Name: gtfs_fare_transfer_rules_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_fare_transfer_rules_feed_version_id_id_idx ON public.gtfs_fare_transfer_rules USING btree (feed_version_id, id);


--
-- Name: gtfs_fare_transfer_rules_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_fare_transfer_rules_feed_version_id_idx ON public.gtfs_fare_transfer_rules USING btree (feed_version_id);


--
-- Name: gtfs_feed_infos_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_feed_infos_feed_version_id_id_idx ON public.gtfs_feed_infos USING btree (feed_version_id, id);


--
-- Name: gtfs_feed_infos_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_feed_infos_feed_version_id_idx ON public.gtfs_feed_infos USING btree (feed_version_id);


--
-- Name: gtfs_frequencies_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_frequencies_feed_version_id_id_idx ON public.gtfs_frequencies USING btree (feed_version_id, id);


--
-- Name: gtfs_levels_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_levels_feed_version_id_id_idx ON public.gtfs_levels USING btree (feed_version_id, id);


--
-- Name: gtfs_levels_parent_station_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_levels_parent_station_idx ON public.gtfs_levels USING btree (parent_station);


--
-- Name: gtfs_location_group_stops_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_location_group_stops_feed_version_id_id_idx ON public.gtfs_location_group_stops USING btree (feed_version_id, id);


--
-- Name: gtfs_location_group_stops_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_location_group_stops_feed_version_id_idx ON public.gtfs_location_group_stops USING btree (feed_version_id);


--
-- Name: gtfs_location_group_stops_location_group_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_location_group_stops_location_group_id_idx ON public.gtfs_location_group_stops USING btree (location_group_id);


--
-- Name: gtfs_location_group_stops_location_group_id_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX gtfs_location_group_stops_location_group_id_stop_id_idx ON public.gtfs_location_group_stops USING btree (location_group_id, stop_id);


--
-- Name: gtfs_location_group_stops_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_location_group_stops_stop_id_idx ON public.gtfs_location_group_stops USING btree (stop_id);


--
-- Name: gtfs_location_groups_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_location_groups_feed_version_id_id_idx ON public.gtfs_location_groups USING btree (feed_version_id, id);


--
-- Name: gtfs_location_groups_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_location_groups_feed_version_id_idx ON public.gtfs_location_groups USING btree (feed_version_id);


--
-- Name: gtfs_location_groups_feed_version_id_location_group_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX gtfs_location_groups_feed_version_id_location_group_id_idx ON public.gtfs_location_groups USING btree (feed_version_id, location_group_id);


--
-- Name: gtfs_locations_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_locations_feed_version_id_id_idx ON public.gtfs_locations USING btree (feed_version_id, id);


--
-- Name: gtfs_locations_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_locations_feed_version_id_idx ON public.gtfs_locations USING btree (feed_version_id);


--
-- Name: gtfs_locations_feed_version_id_location_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX gtfs_locations_feed_version_id_location_id_idx ON public.gtfs_locations USING btree (feed_version_id, location_id);


--
-- Name: gtfs_locations_geometry_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_locations_geometry_idx ON public.gtfs_locations USING gist (geometry);


--
-- Name: gtfs_networks_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_networks_feed_version_id_id_idx ON public.gtfs_networks USING btree (feed_version_id, id);


--
-- Name: gtfs_networks_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_networks_feed_version_id_idx ON public.gtfs_networks USING btree (feed_version_id);


--
-- Name: gtfs_networks_network_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_networks_network_id_idx ON public.gtfs_networks USING btree (network_id);


--
-- Name: gtfs_pathways_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_pathways_feed_version_id_id_idx ON public.gtfs_pathways USING btree (feed_version_id, id);


--
-- Name: gtfs_rider_categories_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_rider_categories_feed_version_id_id_idx ON public.gtfs_rider_categories USING btree (feed_version_id, id);


--
-- Name: gtfs_rider_categories_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_rider_categories_feed_version_id_idx ON public.gtfs_rider_categories USING btree (feed_version_id);


--
-- Name: gtfs_route_networks_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_route_networks_feed_version_id_id_idx ON public.gtfs_route_networks USING btree (feed_version_id, id);


--
-- Name: gtfs_route_networks_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_route_networks_feed_version_id_idx ON public.gtfs_route_networks USING btree (feed_version_id);


--
-- Name: gtfs_route_networks_network_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_route_networks_network_id_idx ON public.gtfs_route_networks USING btree (network_id);


--
-- Name: gtfs_route_networks_route_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_route_networks_route_id_idx ON public.gtfs_route_networks USING btree (route_id);


--
-- Name: gtfs_routes_textsearch_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_routes_textsearch_idx ON public.gtfs_routes USING gin (textsearch);


--
-- Name: gtfs_shapes_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_shapes_feed_version_id_id_idx ON public.gtfs_shapes USING btree (feed_version_id, id);


--
-- Name: gtfs_stop_areas_area_id_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX gtfs_stop_areas_area_id_stop_id_idx ON public.gtfs_stop_areas USING btree (area_id, stop_id);


--
-- Name: gtfs_stop_areas_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_areas_feed_version_id_id_idx ON public.gtfs_stop_areas USING btree (feed_version_id, id);


--
-- Name: gtfs_stop_areas_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_areas_feed_version_id_idx ON public.gtfs_stop_areas USING btree (feed_version_id);


--
-- Name: gtfs_stop_areas_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_areas_stop_id_idx ON public.gtfs_stop_areas USING btree (stop_id);


--
-- Name: gtfs_stop_times_drop_off_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_drop_off_booking_rule_id_idx ON ONLY public.gtfs_stop_times USING btree (drop_off_booking_rule_id) WHERE (drop_off_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_0_drop_off_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_0_drop_off_booking_rule_id_idx ON public.gtfs_stop_times_0 USING btree (drop_off_booking_rule_id) WHERE (drop_off_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_location_group_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_location_group_id_idx ON ONLY public.gtfs_stop_times USING btree (location_group_id) WHERE (location_group_id IS NOT NULL);


--
-- Name: gtfs_stop_times_0_location_group_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_0_location_group_id_idx ON public.gtfs_stop_times_0 USING btree (location_group_id) WHERE (location_group_id IS NOT NULL);


--
-- Name: gtfs_stop_times_location_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_location_id_idx ON ONLY public.gtfs_stop_times USING btree (location_id) WHERE (location_id IS NOT NULL);


--
-- Name: gtfs_stop_times_0_location_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_0_location_id_idx ON public.gtfs_stop_times_0 USING btree (location_id) WHERE (location_id IS NOT NULL);


--
-- Name: gtfs_stop_times_pickup_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_pickup_booking_rule_id_idx ON ONLY public.gtfs_stop_times USING btree (pickup_booking_rule_id) WHERE (pickup_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_0_pickup_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_0_pickup_booking_rule_id_idx ON public.gtfs_stop_times_0 USING btree (pickup_booking_rule_id) WHERE (pickup_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_stop_id_idx ON ONLY public.gtfs_stop_times USING btree (stop_id);


--
-- Name: gtfs_stop_times_0_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_0_stop_id_idx ON public.gtfs_stop_times_0 USING btree (stop_id);


--
-- Name: gtfs_stop_times_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_trip_id_idx ON ONLY public.gtfs_stop_times USING btree (trip_id);


--
-- Name: gtfs_stop_times_0_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_0_trip_id_idx ON public.gtfs_stop_times_0 USING btree (trip_id);


--
-- Name: gtfs_stop_times_1_drop_off_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_1_drop_off_booking_rule_id_idx ON public.gtfs_stop_times_1 USING btree (drop_off_booking_rule_id) WHERE (drop_off_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_1_location_group_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_1_location_group_id_idx ON public.gtfs_stop_times_1 USING btree (location_group_id) WHERE (location_group_id IS NOT NULL);


--
-- Name: gtfs_stop_times_1_location_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_1_location_id_idx ON public.gtfs_stop_times_1 USING btree (location_id) WHERE (location_id IS NOT NULL);


--
-- Name: gtfs_stop_times_1_pickup_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_1_pickup_booking_rule_id_idx ON public.gtfs_stop_times_1 USING btree (pickup_booking_rule_id) WHERE (pickup_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_1_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_1_stop_id_idx ON public.gtfs_stop_times_1 USING btree (stop_id);


--
-- Name: gtfs_stop_times_1_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_1_trip_id_idx ON public.gtfs_stop_times_1 USING btree (trip_id);


--
-- Name: gtfs_stop_times_2_drop_off_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_2_drop_off_booking_rule_id_idx ON public.gtfs_stop_times_2 USING btree (drop_off_booking_rule_id) WHERE (drop_off_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_2_location_group_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_2_location_group_id_idx ON public.gtfs_stop_times_2 USING btree (location_group_id) WHERE (location_group_id IS NOT NULL);


--
-- Name: gtfs_stop_times_2_location_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_2_location_id_idx ON public.gtfs_stop_times_2 USING btree (location_id) WHERE (location_id IS NOT NULL);


--
-- Name: gtfs_stop_times_2_pickup_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_2_pickup_booking_rule_id_idx ON public.gtfs_stop_times_2 USING btree (pickup_booking_rule_id) WHERE (pickup_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_2_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_2_stop_id_idx ON public.gtfs_stop_times_2 USING btree (stop_id);


--
-- Name: gtfs_stop_times_2_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_2_trip_id_idx ON public.gtfs_stop_times_2 USING btree (trip_id);


--
-- Name: gtfs_stop_times_3_drop_off_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_3_drop_off_booking_rule_id_idx ON public.gtfs_stop_times_3 USING btree (drop_off_booking_rule_id) WHERE (drop_off_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_3_location_group_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_3_location_group_id_idx ON public.gtfs_stop_times_3 USING btree (location_group_id) WHERE (location_group_id IS NOT NULL);


--
-- Name: gtfs_stop_times_3_location_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_3_location_id_idx ON public.gtfs_stop_times_3 USING btree (location_id) WHERE (location_id IS NOT NULL);


--
-- Name: gtfs_stop_times_3_pickup_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_3_pickup_booking_rule_id_idx ON public.gtfs_stop_times_3 USING btree (pickup_booking_rule_id) WHERE (pickup_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_3_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_3_stop_id_idx ON public.gtfs_stop_times_3 USING btree (stop_id);


--
-- Name: gtfs_stop_times_3_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_3_trip_id_idx ON public.gtfs_stop_times_3 USING btree (trip_id);


--
-- Name: gtfs_stop_times_4_drop_off_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_4_drop_off_booking_rule_id_idx ON public.gtfs_stop_times_4 USING btree (drop_off_booking_rule_id) WHERE (drop_off_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_4_location_group_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_4_location_group_id_idx ON public.gtfs_stop_times_4 USING btree (location_group_id) WHERE (location_group_id IS NOT NULL);


--
-- Name: gtfs_stop_times_4_location_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_4_location_id_idx ON public.gtfs_stop_times_4 USING btree (location_id) WHERE (location_id IS NOT NULL);


--
-- Name: gtfs_stop_times_4_pickup_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_4_pickup_booking_rule_id_idx ON public.gtfs_stop_times_4 USING btree (pickup_booking_rule_id) WHERE (pickup_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_4_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_4_stop_id_idx ON public.gtfs_stop_times_4 USING btree (stop_id);


--
-- Name: gtfs_stop_times_4_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_4_trip_id_idx ON public.gtfs_stop_times_4 USING btree (trip_id);


--
-- Name: gtfs_stop_times_5_drop_off_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_5_drop_off_booking_rule_id_idx ON public.gtfs_stop_times_5 USING btree (drop_off_booking_rule_id) WHERE (drop_off_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_5_location_group_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_5_location_group_id_idx ON public.gtfs_stop_times_5 USING btree (location_group_id) WHERE (location_group_id IS NOT NULL);


--
-- Name: gtfs_stop_times_5_location_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_5_location_id_idx ON public.gtfs_stop_times_5 USING btree (location_id) WHERE (location_id IS NOT NULL);


--
-- Name: gtfs_stop_times_5_pickup_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_5_pickup_booking_rule_id_idx ON public.gtfs_stop_times_5 USING btree (pickup_booking_rule_id) WHERE (pickup_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_5_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_5_stop_id_idx ON public.gtfs_stop_times_5 USING btree (stop_id);


--
-- Name: gtfs_stop_times_5_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_5_trip_id_idx ON public.gtfs_stop_times_5 USING btree (trip_id);


--
-- Name: gtfs_stop_times_6_drop_off_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_6_drop_off_booking_rule_id_idx ON public.gtfs_stop_times_6 USING btree (drop_off_booking_rule_id) WHERE (drop_off_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_6_location_group_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_6_location_group_id_idx ON public.gtfs_stop_times_6 USING btree (location_group_id) WHERE (location_group_id IS NOT NULL);


--
-- Name: gtfs_stop_times_6_location_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_6_location_id_idx ON public.gtfs_stop_times_6 USING btree (location_id) WHERE (location_id IS NOT NULL);


--
-- Name: gtfs_stop_times_6_pickup_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_6_pickup_booking_rule_id_idx ON public.gtfs_stop_times_6 USING btree (pickup_booking_rule_id) WHERE (pickup_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_6_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_6_stop_id_idx ON public.gtfs_stop_times_6 USING btree (stop_id);


--
-- Name: gtfs_stop_times_6_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_6_trip_id_idx ON public.gtfs_stop_times_6 USING btree (trip_id);


--
-- Name: gtfs_stop_times_7_drop_off_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_7_drop_off_booking_rule_id_idx ON public.gtfs_stop_times_7 USING btree (drop_off_booking_rule_id) WHERE (drop_off_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_7_location_group_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_7_location_group_id_idx ON public.gtfs_stop_times_7 USING btree (location_group_id) WHERE (location_group_id IS NOT NULL);


--
-- Name: gtfs_stop_times_7_location_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_7_location_id_idx ON public.gtfs_stop_times_7 USING btree (location_id) WHERE (location_id IS NOT NULL);


--
-- Name: gtfs_stop_times_7_pickup_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_7_pickup_booking_rule_id_idx ON public.gtfs_stop_times_7 USING btree (pickup_booking_rule_id) WHERE (pickup_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_7_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_7_stop_id_idx ON public.gtfs_stop_times_7 USING btree (stop_id);


--
-- Name: gtfs_stop_times_7_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_7_trip_id_idx ON public.gtfs_stop_times_7 USING btree (trip_id);


--
-- Name: gtfs_stop_times_8_drop_off_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_8_drop_off_booking_rule_id_idx ON public.gtfs_stop_times_8 USING btree (drop_off_booking_rule_id) WHERE (drop_off_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_8_location_group_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_8_location_group_id_idx ON public.gtfs_stop_times_8 USING btree (location_group_id) WHERE (location_group_id IS NOT NULL);


--
-- Name: gtfs_stop_times_8_location_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_8_location_id_idx ON public.gtfs_stop_times_8 USING btree (location_id) WHERE (location_id IS NOT NULL);


--
-- Name: gtfs_stop_times_8_pickup_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_8_pickup_booking_rule_id_idx ON public.gtfs_stop_times_8 USING btree (pickup_booking_rule_id) WHERE (pickup_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_8_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_8_stop_id_idx ON public.gtfs_stop_times_8 USING btree (stop_id);


--
-- Name: gtfs_stop_times_8_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_8_trip_id_idx ON public.gtfs_stop_times_8 USING btree (trip_id);


--
-- Name: gtfs_stop_times_9_drop_off_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_9_drop_off_booking_rule_id_idx ON public.gtfs_stop_times_9 USING btree (drop_off_booking_rule_id) WHERE (drop_off_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_9_location_group_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_9_location_group_id_idx ON public.gtfs_stop_times_9 USING btree (location_group_id) WHERE (location_group_id IS NOT NULL);


--
-- Name: gtfs_stop_times_9_location_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_9_location_id_idx ON public.gtfs_stop_times_9 USING btree (location_id) WHERE (location_id IS NOT NULL);


--
-- Name: gtfs_stop_times_9_pickup_booking_rule_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_9_pickup_booking_rule_id_idx ON public.gtfs_stop_times_9 USING btree (pickup_booking_rule_id) WHERE (pickup_booking_rule_id IS NOT NULL);


--
-- Name: gtfs_stop_times_9_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_9_stop_id_idx ON public.gtfs_stop_times_9 USING btree (stop_id);


--
-- Name: gtfs_stop_times_9_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stop_times_9_trip_id_idx ON public.gtfs_stop_times_9 USING btree (trip_id);


--
-- Name: gtfs_stops_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stops_feed_version_id_id_idx ON public.gtfs_stops USING btree (feed_version_id, id);


--
-- Name: gtfs_stops_level_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stops_level_id_idx ON public.gtfs_stops USING btree (level_id);


--
-- Name: gtfs_stops_textsearch_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_stops_textsearch_idx ON public.gtfs_stops USING gin (textsearch);


--
-- Name: gtfs_timeframes_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_timeframes_feed_version_id_id_idx ON public.gtfs_timeframes USING btree (feed_version_id, id);


--
-- Name: gtfs_timeframes_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_timeframes_feed_version_id_idx ON public.gtfs_timeframes USING btree (feed_version_id);


--
-- Name: gtfs_timeframes_timeframe_group_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_timeframes_timeframe_group_id_idx ON public.gtfs_timeframes USING btree (timeframe_group_id);


--
-- Name: gtfs_transfers_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_transfers_feed_version_id_id_idx ON public.gtfs_transfers USING btree (feed_version_id, id);


--
-- Name: gtfs_transfers_from_route_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_transfers_from_route_id_idx ON public.gtfs_transfers USING btree (from_route_id);


--
-- Name: gtfs_transfers_from_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_transfers_from_trip_id_idx ON public.gtfs_transfers USING btree (from_trip_id);


--
-- Name: gtfs_transfers_to_route_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_transfers_to_route_id_idx ON public.gtfs_transfers USING btree (to_route_id);


--
-- Name: gtfs_transfers_to_trip_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_transfers_to_trip_id_idx ON public.gtfs_transfers USING btree (to_trip_id);


--
-- Name: gtfs_translations_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_translations_feed_version_id_id_idx ON public.gtfs_translations USING btree (feed_version_id, id);


--
-- Name: gtfs_translations_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_translations_feed_version_id_idx ON public.gtfs_translations USING btree (feed_version_id);


--
-- Name: gtfs_trips_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_trips_feed_version_id_id_idx ON public.gtfs_trips USING btree (feed_version_id, id);


--
-- Name: gtfs_trips_feed_version_id_journey_pattern_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_trips_feed_version_id_journey_pattern_id_idx ON public.gtfs_trips USING btree (feed_version_id, journey_pattern_id);


--
-- Name: gtfs_trips_journey_pattern_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX gtfs_trips_journey_pattern_id_idx ON public.gtfs_trips USING btree (journey_pattern_id);


--
-- Name: index_agency_geometries_on_centroid; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_agency_geometries_on_centroid ON public.tl_agency_geometries USING gist (centroid);


--
-- Name: index_agency_geometries_on_feed_version_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_agency_geometries_on_feed_version_id ON public.tl_agency_geometries USING btree (feed_version_id);


--
-- Name: index_agency_geometries_on_geometry; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_agency_geometries_on_geometry ON public.tl_agency_geometries USING gist (geometry);


--
-- Name: index_agency_geometries_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_agency_geometries_unique ON public.tl_agency_geometries USING btree (agency_id);


--
-- Name: index_current_feeds_on_onestop_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_current_feeds_on_onestop_id ON public.current_feeds USING btree (onestop_id);


--
-- Name: index_current_operators_in_feed_on_feed_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_current_operators_in_feed_on_feed_id ON public.current_operators_in_feed USING btree (feed_id);


--
-- Name: index_current_operators_in_feed_on_operator_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_current_operators_in_feed_on_operator_id ON public.current_operators_in_feed USING btree (operator_id);


--
-- Name: index_current_operators_on_geometry; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_current_operators_on_geometry ON public.current_operators USING gist (geometry);


--
-- Name: index_current_operators_on_onestop_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_current_operators_on_onestop_id ON public.current_operators USING btree (onestop_id);


--
-- Name: index_current_operators_on_tags; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_current_operators_on_tags ON public.current_operators USING btree (tags);


--
-- Name: index_current_operators_on_updated_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_current_operators_on_updated_at ON public.current_operators USING btree (updated_at);


--
-- Name: index_feed_states_on_feed_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_feed_states_on_feed_id ON public.feed_states USING btree (feed_id);


--
-- Name: index_feed_states_on_feed_priority; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_feed_states_on_feed_priority ON public.feed_states USING btree (feed_priority);


--
-- Name: index_feed_states_on_feed_version_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_feed_states_on_feed_version_id ON public.feed_states USING btree (feed_version_id);


--
-- Name: index_feed_states_on_materialized_feed_version_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_feed_states_on_materialized_feed_version_id ON public.feed_states USING btree (materialized_feed_version_id);


--
-- Name: index_feed_version_geometries_on_centroid; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_feed_version_geometries_on_centroid ON public.tl_feed_version_geometries USING gist (centroid);


--
-- Name: index_feed_version_geometries_on_geometry; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_feed_version_geometries_on_geometry ON public.tl_feed_version_geometries USING gist (geometry);


--
-- Name: index_feed_version_geometries_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_feed_version_geometries_unique ON public.tl_feed_version_geometries USING btree (feed_version_id);


--
-- Name: index_feed_version_gtfs_imports_on_feed_version_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_feed_version_gtfs_imports_on_feed_version_id ON public.feed_version_gtfs_imports USING btree (feed_version_id);


--
-- Name: index_feed_version_gtfs_imports_on_success; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_feed_version_gtfs_imports_on_success ON public.feed_version_gtfs_imports USING btree (success);


--
-- Name: index_feed_versions_on_earliest_calendar_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_feed_versions_on_earliest_calendar_date ON public.feed_versions USING btree (earliest_calendar_date);


--
-- Name: index_feed_versions_on_feed_type_and_feed_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_feed_versions_on_feed_type_and_feed_id ON public.feed_versions USING btree (feed_type, feed_id);


--
-- Name: index_feed_versions_on_latest_calendar_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_feed_versions_on_latest_calendar_date ON public.feed_versions USING btree (latest_calendar_date);


--
-- Name: index_gtfs_agencies_on_agency_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_agencies_on_agency_id ON public.gtfs_agencies USING btree (agency_id);


--
-- Name: index_gtfs_agencies_on_agency_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_agencies_on_agency_name ON public.gtfs_agencies USING btree (agency_name);


--
-- Name: index_gtfs_agencies_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_gtfs_agencies_unique ON public.gtfs_agencies USING btree (feed_version_id, agency_id);


--
-- Name: index_gtfs_calendar_dates_on_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_calendar_dates_on_date ON public.gtfs_calendar_dates USING btree (date);


--
-- Name: index_gtfs_calendars_on_end_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_calendars_on_end_date ON public.gtfs_calendars USING btree (end_date);


--
-- Name: index_gtfs_calendars_on_feed_version_id_and_service_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_gtfs_calendars_on_feed_version_id_and_service_id ON public.gtfs_calendars USING btree (feed_version_id, service_id);


--
-- Name: index_gtfs_calendars_on_friday; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_calendars_on_friday ON public.gtfs_calendars USING btree (friday);


--
-- Name: index_gtfs_calendars_on_monday; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_calendars_on_monday ON public.gtfs_calendars USING btree (monday);


--
-- Name: index_gtfs_calendars_on_saturday; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_calendars_on_saturday ON public.gtfs_calendars USING btree (saturday);


--
-- Name: index_gtfs_calendars_on_service_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_calendars_on_service_id ON public.gtfs_calendars USING btree (service_id);


--
-- Name: index_gtfs_calendars_on_start_date; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_calendars_on_start_date ON public.gtfs_calendars USING btree (start_date);


--
-- Name: index_gtfs_calendars_on_sunday; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_calendars_on_sunday ON public.gtfs_calendars USING btree (sunday);


--
-- Name: index_gtfs_calendars_on_thursday; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_calendars_on_thursday ON public.gtfs_calendars USING btree (thursday);


--
-- Name: index_gtfs_calendars_on_tuesday; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_calendars_on_tuesday ON public.gtfs_calendars USING btree (tuesday);


--
-- Name: index_gtfs_calendars_on_wednesday; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_calendars_on_wednesday ON public.gtfs_calendars USING btree (wednesday);


--
-- Name: index_gtfs_fare_attributes_on_agency_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_fare_attributes_on_agency_id ON public.gtfs_fare_attributes USING btree (agency_id);


--
-- Name: index_gtfs_fare_attributes_on_fare_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_fare_attributes_on_fare_id ON public.gtfs_fare_attributes USING btree (fare_id);


--
-- Name: index_gtfs_fare_attributes_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_gtfs_fare_attributes_unique ON public.gtfs_fare_attributes USING btree (feed_version_id, fare_id);


--
-- Name: index_gtfs_fare_rules_on_fare_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_fare_rules_on_fare_id ON public.gtfs_fare_rules USING btree (fare_id);


--
-- Name: index_gtfs_fare_rules_on_feed_version_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_fare_rules_on_feed_version_id ON public.gtfs_fare_rules USING btree (feed_version_id);


--
-- Name: index_gtfs_fare_rules_on_route_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_fare_rules_on_route_id ON public.gtfs_fare_rules USING btree (route_id);


--
-- Name: index_gtfs_frequencies_on_feed_version_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_frequencies_on_feed_version_id ON public.gtfs_frequencies USING btree (feed_version_id);


--
-- Name: index_gtfs_frequencies_on_trip_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_frequencies_on_trip_id ON public.gtfs_frequencies USING btree (trip_id);


--
-- Name: index_gtfs_levels_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_gtfs_levels_unique ON public.gtfs_levels USING btree (feed_version_id, level_id);


--
-- Name: index_gtfs_pathways_on_from_stop_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_pathways_on_from_stop_id ON public.gtfs_pathways USING btree (from_stop_id);


--
-- Name: index_gtfs_pathways_on_level_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_pathways_on_level_id ON public.gtfs_levels USING btree (level_id);


--
-- Name: index_gtfs_pathways_on_pathway_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_pathways_on_pathway_id ON public.gtfs_pathways USING btree (pathway_id);


--
-- Name: index_gtfs_pathways_on_to_stop_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_pathways_on_to_stop_id ON public.gtfs_pathways USING btree (to_stop_id);


--
-- Name: index_gtfs_pathways_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_gtfs_pathways_unique ON public.gtfs_pathways USING btree (feed_version_id, pathway_id);


--
-- Name: index_gtfs_routes_on_agency_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_routes_on_agency_id ON public.gtfs_routes USING btree (agency_id);


--
-- Name: index_gtfs_routes_on_feed_version_id_agency_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_routes_on_feed_version_id_agency_id ON public.gtfs_routes USING btree (feed_version_id, id, agency_id);


--
-- Name: index_gtfs_routes_on_route_desc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_routes_on_route_desc ON public.gtfs_routes USING btree (route_desc);


--
-- Name: index_gtfs_routes_on_route_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_routes_on_route_id ON public.gtfs_routes USING btree (route_id);


--
-- Name: index_gtfs_routes_on_route_long_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_routes_on_route_long_name ON public.gtfs_routes USING btree (route_long_name);


--
-- Name: index_gtfs_routes_on_route_short_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_routes_on_route_short_name ON public.gtfs_routes USING btree (route_short_name);


--
-- Name: index_gtfs_routes_on_route_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_routes_on_route_type ON public.gtfs_routes USING btree (route_type);


--
-- Name: index_gtfs_routes_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_gtfs_routes_unique ON public.gtfs_routes USING btree (feed_version_id, route_id);


--
-- Name: index_gtfs_shapes_on_generated; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_shapes_on_generated ON public.gtfs_shapes USING btree (generated);


--
-- Name: index_gtfs_shapes_on_geometry; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_shapes_on_geometry ON public.gtfs_shapes USING gist (geometry);


--
-- Name: index_gtfs_shapes_on_shape_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_shapes_on_shape_id ON public.gtfs_shapes USING btree (shape_id);


--
-- Name: index_gtfs_shapes_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_gtfs_shapes_unique ON public.gtfs_shapes USING btree (feed_version_id, shape_id);


--
-- Name: index_gtfs_stops_on_geometry; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_stops_on_geometry ON public.gtfs_stops USING gist (geometry);


--
-- Name: index_gtfs_stops_on_location_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_stops_on_location_type ON public.gtfs_stops USING btree (location_type);


--
-- Name: index_gtfs_stops_on_parent_station; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_stops_on_parent_station ON public.gtfs_stops USING btree (parent_station);


--
-- Name: index_gtfs_stops_on_stop_code; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_stops_on_stop_code ON public.gtfs_stops USING btree (stop_code);


--
-- Name: index_gtfs_stops_on_stop_desc; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_stops_on_stop_desc ON public.gtfs_stops USING btree (stop_desc);


--
-- Name: index_gtfs_stops_on_stop_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_stops_on_stop_id ON public.gtfs_stops USING btree (stop_id);


--
-- Name: index_gtfs_stops_on_stop_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_stops_on_stop_name ON public.gtfs_stops USING btree (stop_name);


--
-- Name: index_gtfs_stops_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_gtfs_stops_unique ON public.gtfs_stops USING btree (feed_version_id, stop_id);


--
-- Name: index_gtfs_transfers_on_feed_version_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_transfers_on_feed_version_id ON public.gtfs_transfers USING btree (feed_version_id);


--
-- Name: index_gtfs_transfers_on_from_stop_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_transfers_on_from_stop_id ON public.gtfs_transfers USING btree (from_stop_id);


--
-- Name: index_gtfs_transfers_on_to_stop_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_transfers_on_to_stop_id ON public.gtfs_transfers USING btree (to_stop_id);


--
-- Name: index_gtfs_trips_on_route_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_trips_on_route_id ON public.gtfs_trips USING btree (route_id);


--
-- Name: index_gtfs_trips_on_service_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_trips_on_service_id ON public.gtfs_trips USING btree (service_id);


--
-- Name: index_gtfs_trips_on_shape_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_trips_on_shape_id ON public.gtfs_trips USING btree (shape_id);


--
-- Name: index_gtfs_trips_on_trip_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_gtfs_trips_on_trip_id ON public.gtfs_trips USING btree (trip_id);


--
-- Name: index_gtfs_trips_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_gtfs_trips_unique ON public.gtfs_trips USING btree (feed_version_id, trip_id);


--
-- Name: index_route_geometries_on_centroid; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_route_geometries_on_centroid ON public.tl_route_geometries USING gist (centroid);


--
-- Name: index_route_geometries_on_feed_version_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_route_geometries_on_feed_version_id ON public.tl_route_geometries USING btree (feed_version_id);


--
-- Name: index_route_geometries_on_geometry; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_route_geometries_on_geometry ON public.tl_route_geometries USING gist (geometry);


--
-- Name: index_route_geometries_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX index_route_geometries_unique ON public.tl_route_geometries USING btree (route_id, direction_id);


--
-- Name: index_route_stops_on_agency_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_route_stops_on_agency_id ON public.tl_route_stops USING btree (agency_id);


--
-- Name: index_route_stops_on_feed_version_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_route_stops_on_feed_version_id ON public.tl_route_stops USING btree (feed_version_id);


--
-- Name: index_route_stops_on_stop_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX index_route_stops_on_stop_id ON public.tl_route_stops USING btree (stop_id);


--
-- Name: ne_10m_admin_1_states_province_admin_name_iso_a2_iso_3166_2_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ne_10m_admin_1_states_province_admin_name_iso_a2_iso_3166_2_idx ON public.ne_10m_admin_1_states_provinces USING btree (admin) INCLUDE (name, iso_a2, iso_3166_2);


--
-- Name: ne_10m_admin_1_states_province_name_admin_iso_a2_iso_3166_2_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ne_10m_admin_1_states_province_name_admin_iso_a2_iso_3166_2_idx ON public.ne_10m_admin_1_states_provinces USING btree (name) INCLUDE (admin, iso_a2, iso_3166_2);


--
-- Name: ne_10m_admin_1_states_provinces_geometry_geom_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ne_10m_admin_1_states_provinces_geometry_geom_idx ON public.ne_10m_admin_1_states_provinces USING gist (geometry);


--
-- Name: ne_10m_populated_places_geometry_geom_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ne_10m_populated_places_geometry_geom_idx ON public.ne_10m_populated_places USING gist (geometry);


--
-- Name: river_job_args_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX river_job_args_index ON public.river_job USING gin (args);


--
-- Name: river_job_kind; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX river_job_kind ON public.river_job USING btree (kind);


--
-- Name: river_job_metadata_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX river_job_metadata_index ON public.river_job USING gin (metadata);


--
-- Name: river_job_prioritized_fetching_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX river_job_prioritized_fetching_index ON public.river_job USING btree (state, queue, priority, scheduled_at, id);


--
-- Name: river_job_state_and_finalized_at_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX river_job_state_and_finalized_at_index ON public.river_job USING btree (state, finalized_at) WHERE (finalized_at IS NOT NULL);


--
-- Name: river_job_unique_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX river_job_unique_idx ON public.river_job USING btree (unique_key) WHERE ((unique_key IS NOT NULL) AND (unique_states IS NOT NULL) AND public.river_job_state_in_bitmask(unique_states, state));


--
-- Name: route_headways_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX route_headways_feed_version_id_idx ON public.tl_route_headways USING btree (feed_version_id);


--
-- Name: tl_agency_onestop_ids_agency_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX tl_agency_onestop_ids_agency_id_idx ON public.tl_agency_onestop_ids USING btree (agency_id);


--
-- Name: tl_agency_onestop_ids_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_agency_onestop_ids_feed_version_id_idx ON public.tl_agency_onestop_ids USING btree (feed_version_id);


--
-- Name: tl_agency_onestop_ids_onestop_id_agency_id_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_agency_onestop_ids_onestop_id_agency_id_feed_version_id_idx ON public.tl_agency_onestop_ids USING btree (onestop_id) INCLUDE (agency_id, feed_version_id);


--
-- Name: tl_agency_onestop_ids_onestop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_agency_onestop_ids_onestop_id_idx ON public.tl_agency_onestop_ids USING btree (onestop_id);


--
-- Name: tl_agency_places_adm0name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_agency_places_adm0name_idx ON public.tl_agency_places USING gin (adm0name public.gin_trgm_ops);


--
-- Name: tl_agency_places_adm1name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_agency_places_adm1name_idx ON public.tl_agency_places USING gin (adm1name public.gin_trgm_ops);


--
-- Name: tl_agency_places_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_agency_places_feed_version_id_id_idx ON public.tl_agency_places USING btree (feed_version_id, id);


--
-- Name: tl_agency_places_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_agency_places_name_idx ON public.tl_agency_places USING gin (name public.gin_trgm_ops);


--
-- Name: tl_census_datasets_dataset_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX tl_census_datasets_dataset_name_idx ON public.tl_census_datasets USING btree (name);


--
-- Name: tl_census_fields_field_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_census_fields_field_name_idx ON public.tl_census_fields USING btree (field_name);


--
-- Name: tl_census_fields_table_id_field_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX tl_census_fields_table_id_field_name_idx ON public.tl_census_fields USING btree (table_id, field_name);


--
-- Name: tl_census_geographies_geoid_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_census_geographies_geoid_idx ON public.tl_census_geographies USING btree (geoid);


--
-- Name: tl_census_geographies_geometry_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_census_geographies_geometry_idx ON public.tl_census_geographies USING gist (geometry);


--
-- Name: tl_census_geographies_layer_id_geometry_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_census_geographies_layer_id_geometry_idx ON public.tl_census_geographies USING gist (layer_id, geometry);


--
-- Name: tl_census_geographies_layer_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_census_geographies_layer_id_idx ON public.tl_census_geographies USING btree (layer_id);


--
-- Name: tl_census_geographies_source_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_census_geographies_source_id_idx ON public.tl_census_geographies USING btree (source_id);


--
-- Name: tl_census_layers_dataset_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_census_layers_dataset_id_idx ON public.tl_census_layers USING btree (dataset_id);


--
-- Name: tl_census_layers_dataset_id_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX tl_census_layers_dataset_id_name_idx ON public.tl_census_layers USING btree (dataset_id, name);


--
-- Name: tl_census_layers_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_census_layers_name_idx ON public.tl_census_layers USING btree (name);


--
-- Name: tl_census_sources_dataset_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_census_sources_dataset_id_idx ON public.tl_census_sources USING btree (dataset_id);


--
-- Name: tl_census_tables_dataset_id_table_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX tl_census_tables_dataset_id_table_name_idx ON public.tl_census_tables USING btree (dataset_id, table_name);


--
-- Name: tl_census_tables_table_name_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_census_tables_table_name_idx ON public.tl_census_tables USING btree (table_name);


--
-- Name: tl_census_values_geoid_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_census_values_geoid_idx ON public.tl_census_values USING btree (geoid);


--
-- Name: tl_census_values_geoid_table_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX tl_census_values_geoid_table_id_idx ON public.tl_census_values USING btree (geoid, table_id);


--
-- Name: tl_census_values_source_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_census_values_source_id_idx ON public.tl_census_values USING btree (source_id);


--
-- Name: tl_job_artifacts_job_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_job_artifacts_job_id_idx ON public.tl_job_artifacts USING btree (job_id);


--
-- Name: tl_job_artifacts_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_job_artifacts_user_id_idx ON public.tl_job_artifacts USING btree (user_id);


--
-- Name: tl_materialized_active_agencies_agency_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_materialized_active_agencies_agency_id_idx ON public.tl_materialized_active_agencies USING btree (agency_id);


--
-- Name: tl_materialized_active_agencies_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_materialized_active_agencies_feed_version_id_id_idx ON public.tl_materialized_active_agencies USING btree (feed_version_id, id);


--
-- Name: tl_materialized_active_agencies_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_materialized_active_agencies_feed_version_id_idx ON public.tl_materialized_active_agencies USING btree (feed_version_id);


--
-- Name: tl_materialized_active_agencies_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX tl_materialized_active_agencies_id_idx ON public.tl_materialized_active_agencies USING btree (id);


--
-- Name: tl_materialized_active_agencies_onestop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_materialized_active_agencies_onestop_id_idx ON public.tl_materialized_active_agencies USING btree (onestop_id);


--
-- Name: tl_materialized_active_agencies_textsearch_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_materialized_active_agencies_textsearch_idx ON public.tl_materialized_active_agencies USING gin (textsearch);


--
-- Name: tl_materialized_active_routes_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_materialized_active_routes_feed_version_id_id_idx ON public.tl_materialized_active_routes USING btree (feed_version_id, id);


--
-- Name: tl_materialized_active_routes_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_materialized_active_routes_feed_version_id_idx ON public.tl_materialized_active_routes USING btree (feed_version_id);


--
-- Name: tl_materialized_active_routes_geometry_simplified_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_materialized_active_routes_geometry_simplified_idx ON public.tl_materialized_active_routes USING gist (geometry_simplified);


--
-- Name: tl_materialized_active_routes_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX tl_materialized_active_routes_id_idx ON public.tl_materialized_active_routes USING btree (id);


--
-- Name: tl_materialized_active_routes_onestop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_materialized_active_routes_onestop_id_idx ON public.tl_materialized_active_routes USING btree (onestop_id);


--
-- Name: tl_materialized_active_routes_route_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_materialized_active_routes_route_id_idx ON public.tl_materialized_active_routes USING btree (route_id);


--
-- Name: tl_materialized_active_routes_textsearch_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_materialized_active_routes_textsearch_idx ON public.tl_materialized_active_routes USING gin (textsearch);


--
-- Name: tl_materialized_active_stops_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_materialized_active_stops_feed_version_id_id_idx ON public.tl_materialized_active_stops USING btree (feed_version_id, id);


--
-- Name: tl_materialized_active_stops_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_materialized_active_stops_feed_version_id_idx ON public.tl_materialized_active_stops USING btree (feed_version_id);


--
-- Name: tl_materialized_active_stops_geometry_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_materialized_active_stops_geometry_idx ON public.tl_materialized_active_stops USING gist (geometry);


--
-- Name: tl_materialized_active_stops_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX tl_materialized_active_stops_id_idx ON public.tl_materialized_active_stops USING btree (id);


--
-- Name: tl_materialized_active_stops_onestop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_materialized_active_stops_onestop_id_idx ON public.tl_materialized_active_stops USING btree (onestop_id);


--
-- Name: tl_materialized_active_stops_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_materialized_active_stops_stop_id_idx ON public.tl_materialized_active_stops USING btree (stop_id);


--
-- Name: tl_materialized_active_stops_textsearch_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_materialized_active_stops_textsearch_idx ON public.tl_materialized_active_stops USING gin (textsearch);


--
-- Name: tl_route_geometries_combined_geometry_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_route_geometries_combined_geometry_idx ON public.tl_route_geometries USING gist (combined_geometry);


--
-- Name: tl_route_geometries_route_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX tl_route_geometries_route_id_idx ON public.tl_route_geometries USING btree (route_id);


--
-- Name: tl_route_headways_route_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_route_headways_route_id_idx ON public.tl_route_headways USING btree (route_id);


--
-- Name: tl_route_headways_selected_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_route_headways_selected_stop_id_idx ON public.tl_route_headways USING btree (selected_stop_id);


--
-- Name: tl_route_onestop_ids_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_route_onestop_ids_feed_version_id_idx ON public.tl_route_onestop_ids USING btree (feed_version_id);


--
-- Name: tl_route_onestop_ids_onestop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_route_onestop_ids_onestop_id_idx ON public.tl_route_onestop_ids USING btree (onestop_id);


--
-- Name: tl_route_onestop_ids_onestop_id_route_id_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_route_onestop_ids_onestop_id_route_id_feed_version_id_idx ON public.tl_route_onestop_ids USING btree (onestop_id) INCLUDE (route_id, feed_version_id);


--
-- Name: tl_route_onestop_ids_route_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX tl_route_onestop_ids_route_id_idx ON public.tl_route_onestop_ids USING btree (route_id);


--
-- Name: tl_route_representative_shapes_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_route_representative_shapes_feed_version_id_idx ON public.tl_route_representative_shapes USING btree (feed_version_id);


--
-- Name: tl_route_representative_shapes_route_id_direction_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_route_representative_shapes_route_id_direction_id_idx ON public.tl_route_representative_shapes USING btree (route_id, direction_id);


--
-- Name: tl_route_representative_shapes_route_id_rank_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX tl_route_representative_shapes_route_id_rank_idx ON public.tl_route_representative_shapes USING btree (route_id, rank);


--
-- Name: tl_route_representative_shapes_shape_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_route_representative_shapes_shape_id_idx ON public.tl_route_representative_shapes USING btree (shape_id);


--
-- Name: tl_route_stops_route_id_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX tl_route_stops_route_id_stop_id_idx ON public.tl_route_stops USING btree (route_id, stop_id);


--
-- Name: tl_segment_patterns_direction_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_segment_patterns_direction_idx ON public.tl_segment_patterns USING btree (feed_version_id, route_id, direction_id);


--
-- Name: tl_segment_patterns_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_segment_patterns_feed_version_id_id_idx ON public.tl_segment_patterns USING btree (feed_version_id, id);


--
-- Name: tl_segment_patterns_route_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_segment_patterns_route_id_idx ON public.tl_segment_patterns USING btree (route_id);


--
-- Name: tl_segment_patterns_segment_route_shape_pattern_seq_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX tl_segment_patterns_segment_route_shape_pattern_seq_idx ON public.tl_segment_patterns USING btree (segment_id, route_id, shape_id, stop_pattern_id, sequence_idx);


--
-- Name: tl_segment_patterns_shape_sequence_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_segment_patterns_shape_sequence_idx ON public.tl_segment_patterns USING btree (feed_version_id, shape_id, sequence_idx);


--
-- Name: tl_segment_patterns_way_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_segment_patterns_way_id_idx ON public.tl_segment_patterns USING btree (way_id);


--
-- Name: tl_segments_feed_version_id_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_segments_feed_version_id_id_idx ON public.tl_segments USING btree (feed_version_id, id);


--
-- Name: tl_segments_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_segments_feed_version_id_idx ON public.tl_segments USING btree (feed_version_id);


--
-- Name: tl_segments_way_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_segments_way_id_idx ON public.tl_segments USING btree (way_id);


--
-- Name: tl_stop_external_references_feed_version_id_idx1; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_stop_external_references_feed_version_id_idx1 ON public.tl_stop_external_references USING btree (feed_version_id);


--
-- Name: tl_stop_external_references_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_stop_external_references_stop_id_idx ON public.tl_stop_external_references USING btree (stop_id);


--
-- Name: tl_stop_onestop_ids_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_stop_onestop_ids_feed_version_id_idx ON public.tl_stop_onestop_ids USING btree (feed_version_id);


--
-- Name: tl_stop_onestop_ids_onestop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_stop_onestop_ids_onestop_id_idx ON public.tl_stop_onestop_ids USING btree (onestop_id);


--
-- Name: tl_stop_onestop_ids_onestop_id_stop_id_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_stop_onestop_ids_onestop_id_stop_id_feed_version_id_idx ON public.tl_stop_onestop_ids USING btree (onestop_id) INCLUDE (stop_id, feed_version_id);


--
-- Name: tl_stop_onestop_ids_stop_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX tl_stop_onestop_ids_stop_id_idx ON public.tl_stop_onestop_ids USING btree (stop_id);


--
-- Name: tl_validation_report_error_ex_validation_report_error_group_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_validation_report_error_ex_validation_report_error_group_idx ON public.tl_validation_report_error_exemplars USING btree (validation_report_error_group_id);


--
-- Name: tl_validation_report_error_groups_validation_report_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_validation_report_error_groups_validation_report_id_idx ON public.tl_validation_report_error_groups USING btree (validation_report_id);


--
-- Name: tl_validation_reports_feed_version_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_validation_reports_feed_version_id_idx ON public.tl_validation_reports USING btree (feed_version_id);


--
-- Name: tl_validation_trip_update_stats_validation_report_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_validation_trip_update_stats_validation_report_id_idx ON public.tl_validation_trip_update_stats USING btree (validation_report_id);


--
-- Name: tl_validation_vehicle_position_stats_validation_report_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tl_validation_vehicle_position_stats_validation_report_id_idx ON public.tl_validation_vehicle_position_stats USING btree (validation_report_id);


--
-- Name: feed_fetches_gbfs_default_feed_id_fetched_at_success_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_gbfs_feed_id_fetched_at_success_idx ATTACH PARTITION public.feed_fetches_gbfs_default_feed_id_fetched_at_success_idx;


--
-- Name: feed_fetches_gbfs_default_feed_id_url_type_fetched_at_feed__idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_gbfs_feed_id_url_type_fetched_at_feed_version__idx ATTACH PARTITION public.feed_fetches_gbfs_default_feed_id_url_type_fetched_at_feed__idx;


--
-- Name: feed_fetches_gbfs_default_feed_version_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_gbfs_feed_version_id_idx ATTACH PARTITION public.feed_fetches_gbfs_default_feed_version_id_idx;


--
-- Name: feed_fetches_gbfs_default_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_gbfs_pkey ATTACH PARTITION public.feed_fetches_gbfs_default_pkey;


--
-- Name: feed_fetches_gbfs_feed_id_fetched_at_success_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_new_feed_id_fetched_at_success_idx ATTACH PARTITION public.feed_fetches_gbfs_feed_id_fetched_at_success_idx;


--
-- Name: feed_fetches_gbfs_feed_id_url_type_fetched_at_feed_version__idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_feed_id_url_type_fetched_at_success_idx ATTACH PARTITION public.feed_fetches_gbfs_feed_id_url_type_fetched_at_feed_version__idx;


--
-- Name: feed_fetches_gbfs_feed_version_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_new_feed_version_id_idx ATTACH PARTITION public.feed_fetches_gbfs_feed_version_id_idx;


--
-- Name: feed_fetches_gbfs_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_new_pkey ATTACH PARTITION public.feed_fetches_gbfs_pkey;


--
-- Name: feed_fetches_rt_default_feed_id_fetched_at_success_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_rt_feed_id_fetched_at_success_idx ATTACH PARTITION public.feed_fetches_rt_default_feed_id_fetched_at_success_idx;


--
-- Name: feed_fetches_rt_default_feed_id_url_type_fetched_at_feed_ve_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_rt_feed_id_url_type_fetched_at_feed_version_id_idx ATTACH PARTITION public.feed_fetches_rt_default_feed_id_url_type_fetched_at_feed_ve_idx;


--
-- Name: feed_fetches_rt_default_feed_version_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_rt_feed_version_id_idx ATTACH PARTITION public.feed_fetches_rt_default_feed_version_id_idx;


--
-- Name: feed_fetches_rt_default_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_rt_pkey ATTACH PARTITION public.feed_fetches_rt_default_pkey;


--
-- Name: feed_fetches_rt_feed_id_fetched_at_success_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_new_feed_id_fetched_at_success_idx ATTACH PARTITION public.feed_fetches_rt_feed_id_fetched_at_success_idx;


--
-- Name: feed_fetches_rt_feed_id_url_type_fetched_at_feed_version_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_feed_id_url_type_fetched_at_success_idx ATTACH PARTITION public.feed_fetches_rt_feed_id_url_type_fetched_at_feed_version_id_idx;


--
-- Name: feed_fetches_rt_feed_version_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_new_feed_version_id_idx ATTACH PARTITION public.feed_fetches_rt_feed_version_id_idx;


--
-- Name: feed_fetches_rt_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_new_pkey ATTACH PARTITION public.feed_fetches_rt_pkey;


--
-- Name: feed_fetches_static_feed_id_fetched_at_success_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_new_feed_id_fetched_at_success_idx ATTACH PARTITION public.feed_fetches_static_feed_id_fetched_at_success_idx;


--
-- Name: feed_fetches_static_feed_id_url_type_fetched_at_feed_versio_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_feed_id_url_type_fetched_at_success_idx ATTACH PARTITION public.feed_fetches_static_feed_id_url_type_fetched_at_feed_versio_idx;


--
-- Name: feed_fetches_static_feed_version_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_new_feed_version_id_idx ATTACH PARTITION public.feed_fetches_static_feed_version_id_idx;


--
-- Name: feed_fetches_static_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_new_pkey ATTACH PARTITION public.feed_fetches_static_pkey;


--
-- Name: feed_fetches_unknown_feed_id_fetched_at_success_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_new_feed_id_fetched_at_success_idx ATTACH PARTITION public.feed_fetches_unknown_feed_id_fetched_at_success_idx;


--
-- Name: feed_fetches_unknown_feed_id_url_type_fetched_at_feed_versi_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_feed_id_url_type_fetched_at_success_idx ATTACH PARTITION public.feed_fetches_unknown_feed_id_url_type_fetched_at_feed_versi_idx;


--
-- Name: feed_fetches_unknown_feed_version_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_new_feed_version_id_idx ATTACH PARTITION public.feed_fetches_unknown_feed_version_id_idx;


--
-- Name: feed_fetches_unknown_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.feed_fetches_new_pkey ATTACH PARTITION public.feed_fetches_unknown_pkey;


--
-- Name: gtfs_stop_times_0_drop_off_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_drop_off_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_0_drop_off_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_0_location_group_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_group_id_idx ATTACH PARTITION public.gtfs_stop_times_0_location_group_id_idx;


--
-- Name: gtfs_stop_times_0_location_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_id_idx ATTACH PARTITION public.gtfs_stop_times_0_location_id_idx;


--
-- Name: gtfs_stop_times_0_pickup_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pickup_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_0_pickup_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_0_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pkey1 ATTACH PARTITION public.gtfs_stop_times_0_pkey;


--
-- Name: gtfs_stop_times_0_stop_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_stop_id_idx ATTACH PARTITION public.gtfs_stop_times_0_stop_id_idx;


--
-- Name: gtfs_stop_times_0_trip_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_trip_id_idx ATTACH PARTITION public.gtfs_stop_times_0_trip_id_idx;


--
-- Name: gtfs_stop_times_1_drop_off_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_drop_off_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_1_drop_off_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_1_location_group_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_group_id_idx ATTACH PARTITION public.gtfs_stop_times_1_location_group_id_idx;


--
-- Name: gtfs_stop_times_1_location_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_id_idx ATTACH PARTITION public.gtfs_stop_times_1_location_id_idx;


--
-- Name: gtfs_stop_times_1_pickup_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pickup_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_1_pickup_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_1_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pkey1 ATTACH PARTITION public.gtfs_stop_times_1_pkey;


--
-- Name: gtfs_stop_times_1_stop_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_stop_id_idx ATTACH PARTITION public.gtfs_stop_times_1_stop_id_idx;


--
-- Name: gtfs_stop_times_1_trip_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_trip_id_idx ATTACH PARTITION public.gtfs_stop_times_1_trip_id_idx;


--
-- Name: gtfs_stop_times_2_drop_off_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_drop_off_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_2_drop_off_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_2_location_group_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_group_id_idx ATTACH PARTITION public.gtfs_stop_times_2_location_group_id_idx;


--
-- Name: gtfs_stop_times_2_location_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_id_idx ATTACH PARTITION public.gtfs_stop_times_2_location_id_idx;


--
-- Name: gtfs_stop_times_2_pickup_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pickup_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_2_pickup_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_2_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pkey1 ATTACH PARTITION public.gtfs_stop_times_2_pkey;


--
-- Name: gtfs_stop_times_2_stop_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_stop_id_idx ATTACH PARTITION public.gtfs_stop_times_2_stop_id_idx;


--
-- Name: gtfs_stop_times_2_trip_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_trip_id_idx ATTACH PARTITION public.gtfs_stop_times_2_trip_id_idx;


--
-- Name: gtfs_stop_times_3_drop_off_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_drop_off_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_3_drop_off_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_3_location_group_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_group_id_idx ATTACH PARTITION public.gtfs_stop_times_3_location_group_id_idx;


--
-- Name: gtfs_stop_times_3_location_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_id_idx ATTACH PARTITION public.gtfs_stop_times_3_location_id_idx;


--
-- Name: gtfs_stop_times_3_pickup_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pickup_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_3_pickup_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_3_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pkey1 ATTACH PARTITION public.gtfs_stop_times_3_pkey;


--
-- Name: gtfs_stop_times_3_stop_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_stop_id_idx ATTACH PARTITION public.gtfs_stop_times_3_stop_id_idx;


--
-- Name: gtfs_stop_times_3_trip_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_trip_id_idx ATTACH PARTITION public.gtfs_stop_times_3_trip_id_idx;


--
-- Name: gtfs_stop_times_4_drop_off_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_drop_off_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_4_drop_off_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_4_location_group_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_group_id_idx ATTACH PARTITION public.gtfs_stop_times_4_location_group_id_idx;


--
-- Name: gtfs_stop_times_4_location_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_id_idx ATTACH PARTITION public.gtfs_stop_times_4_location_id_idx;


--
-- Name: gtfs_stop_times_4_pickup_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pickup_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_4_pickup_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_4_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pkey1 ATTACH PARTITION public.gtfs_stop_times_4_pkey;


--
-- Name: gtfs_stop_times_4_stop_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_stop_id_idx ATTACH PARTITION public.gtfs_stop_times_4_stop_id_idx;


--
-- Name: gtfs_stop_times_4_trip_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_trip_id_idx ATTACH PARTITION public.gtfs_stop_times_4_trip_id_idx;


--
-- Name: gtfs_stop_times_5_drop_off_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_drop_off_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_5_drop_off_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_5_location_group_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_group_id_idx ATTACH PARTITION public.gtfs_stop_times_5_location_group_id_idx;


--
-- Name: gtfs_stop_times_5_location_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_id_idx ATTACH PARTITION public.gtfs_stop_times_5_location_id_idx;


--
-- Name: gtfs_stop_times_5_pickup_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pickup_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_5_pickup_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_5_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pkey1 ATTACH PARTITION public.gtfs_stop_times_5_pkey;


--
-- Name: gtfs_stop_times_5_stop_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_stop_id_idx ATTACH PARTITION public.gtfs_stop_times_5_stop_id_idx;


--
-- Name: gtfs_stop_times_5_trip_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_trip_id_idx ATTACH PARTITION public.gtfs_stop_times_5_trip_id_idx;


--
-- Name: gtfs_stop_times_6_drop_off_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_drop_off_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_6_drop_off_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_6_location_group_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_group_id_idx ATTACH PARTITION public.gtfs_stop_times_6_location_group_id_idx;


--
-- Name: gtfs_stop_times_6_location_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_id_idx ATTACH PARTITION public.gtfs_stop_times_6_location_id_idx;


--
-- Name: gtfs_stop_times_6_pickup_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pickup_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_6_pickup_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_6_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pkey1 ATTACH PARTITION public.gtfs_stop_times_6_pkey;


--
-- Name: gtfs_stop_times_6_stop_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_stop_id_idx ATTACH PARTITION public.gtfs_stop_times_6_stop_id_idx;


--
-- Name: gtfs_stop_times_6_trip_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_trip_id_idx ATTACH PARTITION public.gtfs_stop_times_6_trip_id_idx;


--
-- Name: gtfs_stop_times_7_drop_off_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_drop_off_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_7_drop_off_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_7_location_group_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_group_id_idx ATTACH PARTITION public.gtfs_stop_times_7_location_group_id_idx;


--
-- Name: gtfs_stop_times_7_location_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_id_idx ATTACH PARTITION public.gtfs_stop_times_7_location_id_idx;


--
-- Name: gtfs_stop_times_7_pickup_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pickup_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_7_pickup_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_7_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pkey1 ATTACH PARTITION public.gtfs_stop_times_7_pkey;


--
-- Name: gtfs_stop_times_7_stop_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_stop_id_idx ATTACH PARTITION public.gtfs_stop_times_7_stop_id_idx;


--
-- Name: gtfs_stop_times_7_trip_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_trip_id_idx ATTACH PARTITION public.gtfs_stop_times_7_trip_id_idx;


--
-- Name: gtfs_stop_times_8_drop_off_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_drop_off_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_8_drop_off_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_8_location_group_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_group_id_idx ATTACH PARTITION public.gtfs_stop_times_8_location_group_id_idx;


--
-- Name: gtfs_stop_times_8_location_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_id_idx ATTACH PARTITION public.gtfs_stop_times_8_location_id_idx;


--
-- Name: gtfs_stop_times_8_pickup_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pickup_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_8_pickup_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_8_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pkey1 ATTACH PARTITION public.gtfs_stop_times_8_pkey;


--
-- Name: gtfs_stop_times_8_stop_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_stop_id_idx ATTACH PARTITION public.gtfs_stop_times_8_stop_id_idx;


--
-- Name: gtfs_stop_times_8_trip_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_trip_id_idx ATTACH PARTITION public.gtfs_stop_times_8_trip_id_idx;


--
-- Name: gtfs_stop_times_9_drop_off_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_drop_off_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_9_drop_off_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_9_location_group_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_group_id_idx ATTACH PARTITION public.gtfs_stop_times_9_location_group_id_idx;


--
-- Name: gtfs_stop_times_9_location_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_location_id_idx ATTACH PARTITION public.gtfs_stop_times_9_location_id_idx;


--
-- Name: gtfs_stop_times_9_pickup_booking_rule_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pickup_booking_rule_id_idx ATTACH PARTITION public.gtfs_stop_times_9_pickup_booking_rule_id_idx;


--
-- Name: gtfs_stop_times_9_pkey; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_pkey1 ATTACH PARTITION public.gtfs_stop_times_9_pkey;


--
-- Name: gtfs_stop_times_9_stop_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_stop_id_idx ATTACH PARTITION public.gtfs_stop_times_9_stop_id_idx;


--
-- Name: gtfs_stop_times_9_trip_id_idx; Type: INDEX ATTACH; Schema: public; Owner: -
--

ALTER INDEX public.gtfs_stop_times_trip_id_idx ATTACH PARTITION public.gtfs_stop_times_9_trip_id_idx;


--
-- Name: current_operators_in_feed current_operators_in_feed_agency_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.current_operators_in_feed
    ADD CONSTRAINT current_operators_in_feed_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES public.gtfs_agencies(id);


--
-- Name: current_operators_in_feed current_operators_in_feed_feed_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.current_operators_in_feed
    ADD CONSTRAINT current_operators_in_feed_feed_id_fkey FOREIGN KEY (feed_id) REFERENCES public.current_feeds(id);


--
-- Name: current_operators_in_feed current_operators_in_feed_operator_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.current_operators_in_feed
    ADD CONSTRAINT current_operators_in_feed_operator_id_fkey FOREIGN KEY (operator_id) REFERENCES public.current_operators(id);


--
-- Name: ext_plus_calendar_attributes ext_plus_calendar_attributes_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_calendar_attributes
    ADD CONSTRAINT ext_plus_calendar_attributes_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: ext_plus_calendar_attributes ext_plus_calendar_attributes_service_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_calendar_attributes
    ADD CONSTRAINT ext_plus_calendar_attributes_service_id_fkey FOREIGN KEY (service_id) REFERENCES public.gtfs_calendars(id);


--
-- Name: ext_plus_directions ext_plus_directions_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_directions
    ADD CONSTRAINT ext_plus_directions_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: ext_plus_directions ext_plus_directions_route_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_directions
    ADD CONSTRAINT ext_plus_directions_route_id_fkey FOREIGN KEY (route_id) REFERENCES public.gtfs_routes(id);


--
-- Name: ext_plus_fare_rider_categories ext_plus_fare_rider_categories_fare_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_fare_rider_categories
    ADD CONSTRAINT ext_plus_fare_rider_categories_fare_id_fkey FOREIGN KEY (fare_id) REFERENCES public.gtfs_fare_attributes(id);


--
-- Name: ext_plus_fare_rider_categories ext_plus_fare_rider_categories_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_fare_rider_categories
    ADD CONSTRAINT ext_plus_fare_rider_categories_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: ext_plus_farezone_attributes ext_plus_farezone_attributes_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_farezone_attributes
    ADD CONSTRAINT ext_plus_farezone_attributes_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: ext_plus_realtime_routes ext_plus_realtime_routes_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_realtime_routes
    ADD CONSTRAINT ext_plus_realtime_routes_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: ext_plus_realtime_routes ext_plus_realtime_routes_route_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_realtime_routes
    ADD CONSTRAINT ext_plus_realtime_routes_route_id_fkey FOREIGN KEY (route_id) REFERENCES public.gtfs_routes(id);


--
-- Name: ext_plus_realtime_stops ext_plus_realtime_stops_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_realtime_stops
    ADD CONSTRAINT ext_plus_realtime_stops_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: ext_plus_realtime_stops ext_plus_realtime_stops_stop_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_realtime_stops
    ADD CONSTRAINT ext_plus_realtime_stops_stop_id_fkey FOREIGN KEY (stop_id) REFERENCES public.gtfs_stops(id);


--
-- Name: ext_plus_realtime_stops ext_plus_realtime_stops_trip_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_realtime_stops
    ADD CONSTRAINT ext_plus_realtime_stops_trip_id_fkey FOREIGN KEY (trip_id) REFERENCES public.gtfs_trips(id);


--
-- Name: ext_plus_realtime_trips ext_plus_realtime_trips_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_realtime_trips
    ADD CONSTRAINT ext_plus_realtime_trips_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: ext_plus_realtime_trips ext_plus_realtime_trips_trip_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_realtime_trips
    ADD CONSTRAINT ext_plus_realtime_trips_trip_id_fkey FOREIGN KEY (trip_id) REFERENCES public.gtfs_trips(id);


--
-- Name: ext_plus_rider_categories ext_plus_rider_categories_agency_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_rider_categories
    ADD CONSTRAINT ext_plus_rider_categories_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES public.gtfs_agencies(id);


--
-- Name: ext_plus_rider_categories ext_plus_rider_categories_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_rider_categories
    ADD CONSTRAINT ext_plus_rider_categories_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: ext_plus_route_attributes ext_plus_route_attributes_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_route_attributes
    ADD CONSTRAINT ext_plus_route_attributes_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: ext_plus_stop_attributes ext_plus_stop_attributes_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_stop_attributes
    ADD CONSTRAINT ext_plus_stop_attributes_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: ext_plus_stop_attributes ext_plus_stop_attributes_stop_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_stop_attributes
    ADD CONSTRAINT ext_plus_stop_attributes_stop_id_fkey FOREIGN KEY (stop_id) REFERENCES public.gtfs_stops(id);


--
-- Name: ext_plus_timepoints ext_plus_timepoints_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_timepoints
    ADD CONSTRAINT ext_plus_timepoints_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: ext_plus_timepoints ext_plus_timepoints_stop_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_timepoints
    ADD CONSTRAINT ext_plus_timepoints_stop_id_fkey FOREIGN KEY (stop_id) REFERENCES public.gtfs_stops(id);


--
-- Name: ext_plus_timepoints ext_plus_timepoints_trip_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ext_plus_timepoints
    ADD CONSTRAINT ext_plus_timepoints_trip_id_fkey FOREIGN KEY (trip_id) REFERENCES public.gtfs_trips(id);


--
-- Name: feed_fetches_old feed_fetches_feed_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_fetches_old
    ADD CONSTRAINT feed_fetches_feed_id_fkey FOREIGN KEY (feed_id) REFERENCES public.current_feeds(id);


--
-- Name: feed_fetches_old feed_fetches_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_fetches_old
    ADD CONSTRAINT feed_fetches_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: feed_fetches feed_fetches_new_feed_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.feed_fetches
    ADD CONSTRAINT feed_fetches_new_feed_id_fkey FOREIGN KEY (feed_id) REFERENCES public.current_feeds(id);


--
-- Name: feed_fetches feed_fetches_new_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.feed_fetches
    ADD CONSTRAINT feed_fetches_new_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: feed_states feed_states_active_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_states
    ADD CONSTRAINT feed_states_active_feed_version_id_fkey FOREIGN KEY (active_feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: feed_states feed_states_materialized_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_states
    ADD CONSTRAINT feed_states_materialized_feed_version_id_fkey FOREIGN KEY (materialized_feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: feed_version_agency_onestop_ids feed_version_agency_onestop_ids_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_version_agency_onestop_ids
    ADD CONSTRAINT feed_version_agency_onestop_ids_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: feed_version_file_infos feed_version_file_infos_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_version_file_infos
    ADD CONSTRAINT feed_version_file_infos_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: feed_version_route_onestop_ids feed_version_route_onestop_ids_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_version_route_onestop_ids
    ADD CONSTRAINT feed_version_route_onestop_ids_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: feed_version_service_levels feed_version_service_levels_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_version_service_levels
    ADD CONSTRAINT feed_version_service_levels_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: feed_version_service_windows feed_version_service_windows_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_version_service_windows
    ADD CONSTRAINT feed_version_service_windows_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: feed_version_stop_onestop_ids feed_version_stop_onestop_ids_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_version_stop_onestop_ids
    ADD CONSTRAINT feed_version_stop_onestop_ids_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_trips fk_rails_05ead08753; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_trips
    ADD CONSTRAINT fk_rails_05ead08753 FOREIGN KEY (shape_id) REFERENCES public.gtfs_shapes(id);


--
-- Name: gtfs_transfers fk_rails_0cc6ff288a; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_transfers
    ADD CONSTRAINT fk_rails_0cc6ff288a FOREIGN KEY (from_stop_id) REFERENCES public.gtfs_stops(id);


--
-- Name: tl_route_headways fk_rails_19cb5c8c5c; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_route_headways
    ADD CONSTRAINT fk_rails_19cb5c8c5c FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: tl_agency_geometries fk_rails_1bfa787783; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_agency_geometries
    ADD CONSTRAINT fk_rails_1bfa787783 FOREIGN KEY (agency_id) REFERENCES public.gtfs_agencies(id);


--
-- Name: tl_route_stops fk_rails_1dee96ee31; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_route_stops
    ADD CONSTRAINT fk_rails_1dee96ee31 FOREIGN KEY (agency_id) REFERENCES public.gtfs_agencies(id);


--
-- Name: tl_route_stops fk_rails_1f4cc828f8; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_route_stops
    ADD CONSTRAINT fk_rails_1f4cc828f8 FOREIGN KEY (route_id) REFERENCES public.gtfs_routes(id);


--
-- Name: feed_version_gtfs_imports fk_rails_2d141782c9; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_version_gtfs_imports
    ADD CONSTRAINT fk_rails_2d141782c9 FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_fare_rules fk_rails_33e9869c97; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_rules
    ADD CONSTRAINT fk_rails_33e9869c97 FOREIGN KEY (route_id) REFERENCES public.gtfs_routes(id);


--
-- Name: gtfs_stops fk_rails_3a83952954; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stops
    ADD CONSTRAINT fk_rails_3a83952954 FOREIGN KEY (parent_station) REFERENCES public.gtfs_stops(id);


--
-- Name: gtfs_calendars fk_rails_42538db9b2; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_calendars
    ADD CONSTRAINT fk_rails_42538db9b2 FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: feed_states fk_rails_5189447149; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_states
    ADD CONSTRAINT fk_rails_5189447149 FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_frequencies fk_rails_6e6295037f; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_frequencies
    ADD CONSTRAINT fk_rails_6e6295037f FOREIGN KEY (trip_id) REFERENCES public.gtfs_trips(id);


--
-- Name: tl_route_geometries fk_rails_71ddc895e1; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_route_geometries
    ADD CONSTRAINT fk_rails_71ddc895e1 FOREIGN KEY (route_id) REFERENCES public.gtfs_routes(id);


--
-- Name: tl_agency_places fk_rails_736d85abf8; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_agency_places
    ADD CONSTRAINT fk_rails_736d85abf8 FOREIGN KEY (agency_id) REFERENCES public.gtfs_agencies(id);


--
-- Name: tl_agency_places fk_rails_782a6056d8; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_agency_places
    ADD CONSTRAINT fk_rails_782a6056d8 FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_calendar_dates fk_rails_7a365f570b; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_calendar_dates
    ADD CONSTRAINT fk_rails_7a365f570b FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: tl_feed_version_geometries fk_rails_8398615a04; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_feed_version_geometries
    ADD CONSTRAINT fk_rails_8398615a04 FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_shapes fk_rails_84a74e83d8; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_shapes
    ADD CONSTRAINT fk_rails_84a74e83d8 FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_stops fk_rails_860ffa5a40; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stops
    ADD CONSTRAINT fk_rails_860ffa5a40 FOREIGN KEY (level_id) REFERENCES public.gtfs_levels(id);


--
-- Name: tl_route_stops fk_rails_86271126ad; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_route_stops
    ADD CONSTRAINT fk_rails_86271126ad FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: tl_agency_geometries fk_rails_8a1bd61db9; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_agency_geometries
    ADD CONSTRAINT fk_rails_8a1bd61db9 FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_fare_attributes fk_rails_8a3ca847de; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_attributes
    ADD CONSTRAINT fk_rails_8a3ca847de FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_pathways fk_rails_8d7bf46256; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_pathways
    ADD CONSTRAINT fk_rails_8d7bf46256 FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: tl_route_headways fk_rails_93324ef20d; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_route_headways
    ADD CONSTRAINT fk_rails_93324ef20d FOREIGN KEY (selected_stop_id) REFERENCES public.gtfs_stops(id);


--
-- Name: feed_states fk_rails_99eaedcf98; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_states
    ADD CONSTRAINT fk_rails_99eaedcf98 FOREIGN KEY (feed_id) REFERENCES public.current_feeds(id);


--
-- Name: tl_route_headways fk_rails_9a487f871b; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_route_headways
    ADD CONSTRAINT fk_rails_9a487f871b FOREIGN KEY (route_id) REFERENCES public.gtfs_routes(id);


--
-- Name: gtfs_transfers fk_rails_a030c4a2a9; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_transfers
    ADD CONSTRAINT fk_rails_a030c4a2a9 FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_routes fk_rails_a5ff5a2ceb; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_routes
    ADD CONSTRAINT fk_rails_a5ff5a2ceb FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_pathways fk_rails_a668e1e0ac; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_pathways
    ADD CONSTRAINT fk_rails_a668e1e0ac FOREIGN KEY (to_stop_id) REFERENCES public.gtfs_stops(id);


--
-- Name: gtfs_agencies fk_rails_a7e0c4685b; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_agencies
    ADD CONSTRAINT fk_rails_a7e0c4685b FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_trips fk_rails_a839da033a; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_trips
    ADD CONSTRAINT fk_rails_a839da033a FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_fare_attributes fk_rails_b096f74e03; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_attributes
    ADD CONSTRAINT fk_rails_b096f74e03 FOREIGN KEY (agency_id) REFERENCES public.gtfs_agencies(id);


--
-- Name: feed_versions fk_rails_b5365c3cf3; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.feed_versions
    ADD CONSTRAINT fk_rails_b5365c3cf3 FOREIGN KEY (feed_id) REFERENCES public.current_feeds(id);


--
-- Name: gtfs_fare_rules fk_rails_bd7d178423; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_rules
    ADD CONSTRAINT fk_rails_bd7d178423 FOREIGN KEY (fare_id) REFERENCES public.gtfs_fare_attributes(id);


--
-- Name: gtfs_fare_rules fk_rails_c336ea9f1a; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_rules
    ADD CONSTRAINT fk_rails_c336ea9f1a FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_levels fk_rails_c5fba46e47; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_levels
    ADD CONSTRAINT fk_rails_c5fba46e47 FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: tl_route_geometries fk_rails_c858a218e2; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_route_geometries
    ADD CONSTRAINT fk_rails_c858a218e2 FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_calendar_dates fk_rails_ca504bc01f; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_calendar_dates
    ADD CONSTRAINT fk_rails_ca504bc01f FOREIGN KEY (service_id) REFERENCES public.gtfs_calendars(id);


--
-- Name: tl_route_stops fk_rails_cc9fde6bb7; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_route_stops
    ADD CONSTRAINT fk_rails_cc9fde6bb7 FOREIGN KEY (stop_id) REFERENCES public.gtfs_stops(id);


--
-- Name: gtfs_stops fk_rails_cf4bc79180; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stops
    ADD CONSTRAINT fk_rails_cf4bc79180 FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_frequencies fk_rails_d1b468024b; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_frequencies
    ADD CONSTRAINT fk_rails_d1b468024b FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_trips fk_rails_d2c6f99d5e; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_trips
    ADD CONSTRAINT fk_rails_d2c6f99d5e FOREIGN KEY (service_id) REFERENCES public.gtfs_calendars(id);


--
-- Name: gtfs_pathways fk_rails_df846a6b54; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_pathways
    ADD CONSTRAINT fk_rails_df846a6b54 FOREIGN KEY (from_stop_id) REFERENCES public.gtfs_stops(id);


--
-- Name: gtfs_transfers fk_rails_e1c56f7da4; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_transfers
    ADD CONSTRAINT fk_rails_e1c56f7da4 FOREIGN KEY (to_stop_id) REFERENCES public.gtfs_stops(id);


--
-- Name: gtfs_routes fk_rails_e5eb0f1573; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_routes
    ADD CONSTRAINT fk_rails_e5eb0f1573 FOREIGN KEY (agency_id) REFERENCES public.gtfs_agencies(id);


--
-- Name: gtfs_feed_infos fk_rails_eb863abbac; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_feed_infos
    ADD CONSTRAINT fk_rails_eb863abbac FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_trips fk_rails_mid93550f50; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_trips
    ADD CONSTRAINT fk_rails_mid93550f50 FOREIGN KEY (route_id) REFERENCES public.gtfs_routes(id);


--
-- Name: gtfs_areas gtfs_areas_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_areas
    ADD CONSTRAINT gtfs_areas_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_attributions gtfs_attributions_agency_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_attributions
    ADD CONSTRAINT gtfs_attributions_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES public.gtfs_agencies(id);


--
-- Name: gtfs_attributions gtfs_attributions_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_attributions
    ADD CONSTRAINT gtfs_attributions_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_attributions gtfs_attributions_route_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_attributions
    ADD CONSTRAINT gtfs_attributions_route_id_fkey FOREIGN KEY (route_id) REFERENCES public.gtfs_routes(id);


--
-- Name: gtfs_attributions gtfs_attributions_trip_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_attributions
    ADD CONSTRAINT gtfs_attributions_trip_id_fkey FOREIGN KEY (trip_id) REFERENCES public.gtfs_trips(id);


--
-- Name: gtfs_booking_rules gtfs_booking_rules_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_booking_rules
    ADD CONSTRAINT gtfs_booking_rules_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_booking_rules gtfs_booking_rules_prior_notice_service_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_booking_rules
    ADD CONSTRAINT gtfs_booking_rules_prior_notice_service_id_fkey FOREIGN KEY (prior_notice_service_id) REFERENCES public.gtfs_calendars(id);


--
-- Name: gtfs_fare_media gtfs_fare_media_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_media
    ADD CONSTRAINT gtfs_fare_media_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_fare_products gtfs_fare_products_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_products
    ADD CONSTRAINT gtfs_fare_products_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_fare_transfer_rules gtfs_fare_transfer_rules_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_fare_transfer_rules
    ADD CONSTRAINT gtfs_fare_transfer_rules_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_levels gtfs_levels_parent_station_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_levels
    ADD CONSTRAINT gtfs_levels_parent_station_fkey FOREIGN KEY (parent_station) REFERENCES public.gtfs_stops(id);


--
-- Name: gtfs_location_group_stops gtfs_location_group_stops_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_location_group_stops
    ADD CONSTRAINT gtfs_location_group_stops_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_location_group_stops gtfs_location_group_stops_location_group_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_location_group_stops
    ADD CONSTRAINT gtfs_location_group_stops_location_group_id_fkey FOREIGN KEY (location_group_id) REFERENCES public.gtfs_location_groups(id);


--
-- Name: gtfs_location_group_stops gtfs_location_group_stops_stop_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_location_group_stops
    ADD CONSTRAINT gtfs_location_group_stops_stop_id_fkey FOREIGN KEY (stop_id) REFERENCES public.gtfs_stops(id);


--
-- Name: gtfs_location_groups gtfs_location_groups_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_location_groups
    ADD CONSTRAINT gtfs_location_groups_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_locations gtfs_locations_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_locations
    ADD CONSTRAINT gtfs_locations_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_networks gtfs_networks_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_networks
    ADD CONSTRAINT gtfs_networks_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_rider_categories gtfs_rider_categories_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_rider_categories
    ADD CONSTRAINT gtfs_rider_categories_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_route_networks gtfs_route_networks_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_route_networks
    ADD CONSTRAINT gtfs_route_networks_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_route_networks gtfs_route_networks_network_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_route_networks
    ADD CONSTRAINT gtfs_route_networks_network_id_fkey FOREIGN KEY (network_id) REFERENCES public.gtfs_networks(id);


--
-- Name: gtfs_route_networks gtfs_route_networks_route_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_route_networks
    ADD CONSTRAINT gtfs_route_networks_route_id_fkey FOREIGN KEY (route_id) REFERENCES public.gtfs_routes(id);


--
-- Name: gtfs_stop_areas gtfs_stop_areas_area_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_areas
    ADD CONSTRAINT gtfs_stop_areas_area_id_fkey FOREIGN KEY (area_id) REFERENCES public.gtfs_areas(id);


--
-- Name: gtfs_stop_areas gtfs_stop_areas_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_areas
    ADD CONSTRAINT gtfs_stop_areas_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_stop_areas gtfs_stop_areas_stop_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_stop_areas
    ADD CONSTRAINT gtfs_stop_areas_stop_id_fkey FOREIGN KEY (stop_id) REFERENCES public.gtfs_stops(id);


--
-- Name: gtfs_stop_times gtfs_stop_times_drop_off_booking_rule_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.gtfs_stop_times
    ADD CONSTRAINT gtfs_stop_times_drop_off_booking_rule_id_fkey FOREIGN KEY (drop_off_booking_rule_id) REFERENCES public.gtfs_booking_rules(id);


--
-- Name: gtfs_stop_times gtfs_stop_times_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.gtfs_stop_times
    ADD CONSTRAINT gtfs_stop_times_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_stop_times gtfs_stop_times_location_group_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.gtfs_stop_times
    ADD CONSTRAINT gtfs_stop_times_location_group_id_fkey FOREIGN KEY (location_group_id) REFERENCES public.gtfs_location_groups(id);


--
-- Name: gtfs_stop_times gtfs_stop_times_location_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.gtfs_stop_times
    ADD CONSTRAINT gtfs_stop_times_location_id_fkey FOREIGN KEY (location_id) REFERENCES public.gtfs_locations(id);


--
-- Name: gtfs_stop_times gtfs_stop_times_pickup_booking_rule_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.gtfs_stop_times
    ADD CONSTRAINT gtfs_stop_times_pickup_booking_rule_id_fkey FOREIGN KEY (pickup_booking_rule_id) REFERENCES public.gtfs_booking_rules(id);


--
-- Name: gtfs_stop_times gtfs_stop_times_stop_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.gtfs_stop_times
    ADD CONSTRAINT gtfs_stop_times_stop_id_fkey FOREIGN KEY (stop_id) REFERENCES public.gtfs_stops(id);


--
-- Name: gtfs_stop_times gtfs_stop_times_trip_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE public.gtfs_stop_times
    ADD CONSTRAINT gtfs_stop_times_trip_id_fkey FOREIGN KEY (trip_id) REFERENCES public.gtfs_trips(id);


--
-- Name: gtfs_timeframes gtfs_timeframes_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_timeframes
    ADD CONSTRAINT gtfs_timeframes_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: gtfs_timeframes gtfs_timeframes_service_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_timeframes
    ADD CONSTRAINT gtfs_timeframes_service_id_fkey FOREIGN KEY (service_id) REFERENCES public.gtfs_calendars(id);


--
-- Name: gtfs_transfers gtfs_transfers_from_route_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_transfers
    ADD CONSTRAINT gtfs_transfers_from_route_id_fkey FOREIGN KEY (from_route_id) REFERENCES public.gtfs_routes(id);


--
-- Name: gtfs_transfers gtfs_transfers_from_trip_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_transfers
    ADD CONSTRAINT gtfs_transfers_from_trip_id_fkey FOREIGN KEY (from_trip_id) REFERENCES public.gtfs_trips(id);


--
-- Name: gtfs_transfers gtfs_transfers_to_route_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_transfers
    ADD CONSTRAINT gtfs_transfers_to_route_id_fkey FOREIGN KEY (to_route_id) REFERENCES public.gtfs_routes(id);


--
-- Name: gtfs_transfers gtfs_transfers_to_trip_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_transfers
    ADD CONSTRAINT gtfs_transfers_to_trip_id_fkey FOREIGN KEY (to_trip_id) REFERENCES public.gtfs_trips(id);


--
-- Name: gtfs_translations gtfs_translations_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.gtfs_translations
    ADD CONSTRAINT gtfs_translations_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: river_client_queue river_client_queue_river_client_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.river_client_queue
    ADD CONSTRAINT river_client_queue_river_client_id_fkey FOREIGN KEY (river_client_id) REFERENCES public.river_client(id) ON DELETE CASCADE;


--
-- Name: tl_agency_onestop_ids tl_agency_onestop_ids_agency_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_agency_onestop_ids
    ADD CONSTRAINT tl_agency_onestop_ids_agency_id_fkey FOREIGN KEY (agency_id) REFERENCES public.gtfs_agencies(id);


--
-- Name: tl_agency_onestop_ids tl_agency_onestop_ids_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_agency_onestop_ids
    ADD CONSTRAINT tl_agency_onestop_ids_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: tl_census_fields tl_census_fields_table_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_fields
    ADD CONSTRAINT tl_census_fields_table_id_fkey FOREIGN KEY (table_id) REFERENCES public.tl_census_tables(id);


--
-- Name: tl_census_geographies tl_census_geographies_layer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_geographies
    ADD CONSTRAINT tl_census_geographies_layer_id_fkey FOREIGN KEY (layer_id) REFERENCES public.tl_census_layers(id);


--
-- Name: tl_census_geographies tl_census_geographies_source_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_geographies
    ADD CONSTRAINT tl_census_geographies_source_id_fkey FOREIGN KEY (source_id) REFERENCES public.tl_census_sources(id);


--
-- Name: tl_census_layers tl_census_layers_dataset_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_layers
    ADD CONSTRAINT tl_census_layers_dataset_id_fkey FOREIGN KEY (dataset_id) REFERENCES public.tl_census_datasets(id);


--
-- Name: tl_census_sources tl_census_sources_dataset_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_sources
    ADD CONSTRAINT tl_census_sources_dataset_id_fkey FOREIGN KEY (dataset_id) REFERENCES public.tl_census_datasets(id);


--
-- Name: tl_census_tables tl_census_tables_dataset_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_tables
    ADD CONSTRAINT tl_census_tables_dataset_id_fkey FOREIGN KEY (dataset_id) REFERENCES public.tl_census_datasets(id);


--
-- Name: tl_census_values tl_census_values_source_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_values
    ADD CONSTRAINT tl_census_values_source_id_fkey FOREIGN KEY (source_id) REFERENCES public.tl_census_sources(id);


--
-- Name: tl_census_values tl_census_values_table_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_census_values
    ADD CONSTRAINT tl_census_values_table_id_fkey FOREIGN KEY (table_id) REFERENCES public.tl_census_tables(id);


--
-- Name: tl_ext_fare_networks tl_ext_fare_networks_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_ext_fare_networks
    ADD CONSTRAINT tl_ext_fare_networks_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: tl_feed_version_geohashes tl_feed_version_geohashes_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_feed_version_geohashes
    ADD CONSTRAINT tl_feed_version_geohashes_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: tl_materialized_active_agencies tl_materialized_active_agencies_feed_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_materialized_active_agencies
    ADD CONSTRAINT tl_materialized_active_agencies_feed_id_fkey FOREIGN KEY (feed_id) REFERENCES public.current_feeds(id);


--
-- Name: tl_materialized_active_agencies tl_materialized_active_agencies_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_materialized_active_agencies
    ADD CONSTRAINT tl_materialized_active_agencies_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: tl_materialized_active_routes tl_materialized_active_routes_feed_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_materialized_active_routes
    ADD CONSTRAINT tl_materialized_active_routes_feed_id_fkey FOREIGN KEY (feed_id) REFERENCES public.current_feeds(id);


--
-- Name: tl_materialized_active_routes tl_materialized_active_routes_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_materialized_active_routes
    ADD CONSTRAINT tl_materialized_active_routes_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: tl_materialized_active_stops tl_materialized_active_stops_feed_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_materialized_active_stops
    ADD CONSTRAINT tl_materialized_active_stops_feed_id_fkey FOREIGN KEY (feed_id) REFERENCES public.current_feeds(id);


--
-- Name: tl_materialized_active_stops tl_materialized_active_stops_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_materialized_active_stops
    ADD CONSTRAINT tl_materialized_active_stops_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: tl_route_onestop_ids tl_route_onestop_ids_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_route_onestop_ids
    ADD CONSTRAINT tl_route_onestop_ids_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: tl_route_onestop_ids tl_route_onestop_ids_route_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_route_onestop_ids
    ADD CONSTRAINT tl_route_onestop_ids_route_id_fkey FOREIGN KEY (route_id) REFERENCES public.gtfs_routes(id);


--
-- Name: tl_route_representative_shapes tl_route_representative_shapes_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_route_representative_shapes
    ADD CONSTRAINT tl_route_representative_shapes_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: tl_route_representative_shapes tl_route_representative_shapes_route_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_route_representative_shapes
    ADD CONSTRAINT tl_route_representative_shapes_route_id_fkey FOREIGN KEY (route_id) REFERENCES public.gtfs_routes(id);


--
-- Name: tl_route_representative_shapes tl_route_representative_shapes_shape_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_route_representative_shapes
    ADD CONSTRAINT tl_route_representative_shapes_shape_id_fkey FOREIGN KEY (shape_id) REFERENCES public.gtfs_shapes(id);


--
-- Name: tl_segment_patterns tl_segment_patterns_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_segment_patterns
    ADD CONSTRAINT tl_segment_patterns_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: tl_segment_patterns tl_segment_patterns_route_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_segment_patterns
    ADD CONSTRAINT tl_segment_patterns_route_id_fkey FOREIGN KEY (route_id) REFERENCES public.gtfs_routes(id);


--
-- Name: tl_segment_patterns tl_segment_patterns_segment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_segment_patterns
    ADD CONSTRAINT tl_segment_patterns_segment_id_fkey FOREIGN KEY (segment_id) REFERENCES public.tl_segments(id);


--
-- Name: tl_segment_patterns tl_segment_patterns_shape_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_segment_patterns
    ADD CONSTRAINT tl_segment_patterns_shape_id_fkey FOREIGN KEY (shape_id) REFERENCES public.gtfs_shapes(id);


--
-- Name: tl_segments tl_segments_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_segments
    ADD CONSTRAINT tl_segments_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: tl_stop_external_references tl_stop_external_references_feed_version_id_fkey1; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_stop_external_references
    ADD CONSTRAINT tl_stop_external_references_feed_version_id_fkey1 FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: tl_stop_external_references tl_stop_external_references_stop_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_stop_external_references
    ADD CONSTRAINT tl_stop_external_references_stop_id_fkey FOREIGN KEY (stop_id) REFERENCES public.gtfs_stops(id);


--
-- Name: tl_stop_onestop_ids tl_stop_onestop_ids_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_stop_onestop_ids
    ADD CONSTRAINT tl_stop_onestop_ids_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: tl_stop_onestop_ids tl_stop_onestop_ids_stop_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_stop_onestop_ids
    ADD CONSTRAINT tl_stop_onestop_ids_stop_id_fkey FOREIGN KEY (stop_id) REFERENCES public.gtfs_stops(id);


--
-- Name: tl_validation_report_error_exemplars tl_validation_report_error_ex_validation_report_error_grou_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_validation_report_error_exemplars
    ADD CONSTRAINT tl_validation_report_error_ex_validation_report_error_grou_fkey FOREIGN KEY (validation_report_error_group_id) REFERENCES public.tl_validation_report_error_groups(id);


--
-- Name: tl_validation_report_error_groups tl_validation_report_error_groups_validation_report_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_validation_report_error_groups
    ADD CONSTRAINT tl_validation_report_error_groups_validation_report_id_fkey FOREIGN KEY (validation_report_id) REFERENCES public.tl_validation_reports(id);


--
-- Name: tl_validation_reports tl_validation_reports_feed_version_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_validation_reports
    ADD CONSTRAINT tl_validation_reports_feed_version_id_fkey FOREIGN KEY (feed_version_id) REFERENCES public.feed_versions(id);


--
-- Name: tl_validation_trip_update_stats tl_validation_trip_update_stats_validation_report_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_validation_trip_update_stats
    ADD CONSTRAINT tl_validation_trip_update_stats_validation_report_id_fkey FOREIGN KEY (validation_report_id) REFERENCES public.tl_validation_reports(id);


--
-- Name: tl_validation_vehicle_position_stats tl_validation_vehicle_position_stats_validation_report_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tl_validation_vehicle_position_stats
    ADD CONSTRAINT tl_validation_vehicle_position_stats_validation_report_id_fkey FOREIGN KEY (validation_report_id) REFERENCES public.tl_validation_reports(id);


--
-- PostgreSQL database dump complete
--

\unrestrict hlBj0uLWUjHVmMDApaOqEUZKRSxmpZyEMkaYnTuOa4CqpfDxPOkXJS2Mhf3I56M

