# The MSI's UpgradeCode: fixed for the life of the product, so that Windows Installer sees
# every new version as the same product and replaces the installed one (MajorUpgrade).
# Never change it; CPack's WIX package and the checked mailbox-browser.wxs both read it here.
set(MB_WIX_UPGRADE_GUID "D6A5311F-7432-40EF-8D76-E11D1F338325")
