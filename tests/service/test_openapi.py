"""The published contract: every route has its request and response schemas."""

from __future__ import annotations

import httpx

from tests.conftest import RunningService


def test_every_route_is_described(service: RunningService) -> None:
    spec = httpx.get(f"{service.url}/openapi.json").json()
    paths = spec["paths"]
    assert {"/api/auth/login", "/api/streams", "/api/events", "/api/c/{token}/events",
            "/api/a/{token}/confirm", "/api/widget/requests"} <= set(paths)
    for path, operations in paths.items():
        for method, operation in operations.items():
            where = f"{method.upper()} {path}"
            assert operation.get("description") or operation.get("summary"), where
            ok = [code for code in operation["responses"] if code.startswith("2")]
            assert ok, where
            if method in ("post", "patch"):
                content = operation.get("requestBody", {}).get("content", {})
                if path not in ("/api/auth/logout",) and not path.endswith(
                        ("/cancel", "/start", "/complete", "/enable", "/password-reset")):
                    assert "application/json" in content, where
            for code, answer in operation["responses"].items():
                if code.startswith(("4", "5")) and code != "422":
                    schema = answer["content"]["application/json"]["schema"]
                    assert schema == {"$ref": "#/components/schemas/ErrorOut"}, where
    schema = spec["components"]["schemas"]["StreamOut"]
    assert {"starts_at", "status", "customer_time_zone"} <= set(schema["properties"])
