# The bot, on a slim Python base, as a non-root user; data on a volume.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DATABASE_URL=sqlite+aiosqlite:////data/intake.db

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY flows ./flows
COPY storage ./storage
COPY locales ./locales
# Editable, so the catalogs in /app/locales are found next to the code.
RUN pip install --no-compile -e . \
    && useradd --create-home --uid 10001 intakebot \
    && mkdir -p /data && chown intakebot /data

USER intakebot
VOLUME ["/data"]
CMD ["intakebot", "run"]
