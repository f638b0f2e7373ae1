from liaison.vault import Vault
from conftest import PASSPHRASE


def test_create_and_reopen(vault_path):
    v, code = Vault.create(vault_path, PASSPHRASE)
    v.db["notes"].insert({"text": "hello"})
    v.close()
    with Vault.open(vault_path, PASSPHRASE) as v2:
        assert v2.db["notes"].count == 1
    assert len(code.replace("-", "")) == 32
