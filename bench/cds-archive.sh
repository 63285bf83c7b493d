#!/usr/bin/env bash
# Prepares Custodia's jar to start faster, as Spring Boot documents for production (docs/operations.md, "Start-up"):
# extracts it (libraries beside the application jar, no nested jars to open) into DIR/app and records a class data
# sharing archive, DIR/app.jsa, from a training run that starts the application context and exits. Start it then with
#   java -XX:SharedArchiveFile=DIR/app.jsa -jar DIR/app/custodia-<version>.jar
# with DIR given as the same absolute path as here: the archive holds the class path it was made for. The training run
# uses a throwaway embedded database in DIR/training-db and stops it after, whatever database the environment names:
# it must not migrate a real one. Only DIR/app, DIR/app.jsa and DIR/training.log are replaced; the rest of DIR stays.
#   bench/cds-archive.sh JAR DIR
set -euo pipefail
JAR=$(realpath "$1")
DIR=$(realpath -m "$2")
rm -rf "$DIR/app" "$DIR/app.jsa" "$DIR/training-db" "$DIR/training.log" && mkdir -p "$DIR"
java -Djarmode=tools -jar "$JAR" extract --destination "$DIR/app" > /dev/null
APP_JAR=$(ls "$DIR"/app/custodia-*.jar)
env -u SPRING_DATASOURCE_URL -u SPRING_DATASOURCE_USERNAME -u SPRING_DATASOURCE_PASSWORD \
	java -XX:ArchiveClassesAtExit="$DIR/app.jsa" -Dspring.context.exit=onRefresh -jar "$APP_JAR" --server.port=0 \
		--custodia.embedded-database.data-directory="$DIR/training-db" > "$DIR/training.log" 2>&1 \
	|| { tail -30 "$DIR/training.log"; echo "the training run failed" >&2; exit 1; }
# The run exits before the context could close, so the embedded PostgreSQL it started is still running: stop it.
if [[ -f $DIR/training-db/postmaster.pid ]]; then
	postmaster=$(head -1 "$DIR/training-db/postmaster.pid")
	kill "$postmaster" 2> /dev/null || true
	while kill -0 "$postmaster" 2> /dev/null; do sleep 0.1; done
fi
rm -rf "$DIR/training-db"
echo "$APP_JAR"
