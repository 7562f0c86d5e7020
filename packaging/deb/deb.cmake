# The Debian package: `cpack --config <build>/CPackConfig.cmake -G DEB` makes
# mailbox-browser_<version>_<arch>.deb from the install rules, under /usr.

set(CPACK_DEBIAN_PACKAGE_NAME mailbox-browser)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${MB_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION mail)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries the programs link come from dpkg-shlibdeps. What Qt loads as plugins is not
# linked, so it is named here: the platform plugins (xcb, wayland) without which the window
# cannot open, and the SVG plugins that draw the icons.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
# Qt's own dialogs and messages in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
