# The Windows MSI (CPack WIX) and the macOS DMG (CPack DragNDrop): settings only, include()d
# before include(CPack). The WIX settings are set on every system (other generators ignore
# them) so that the MSI check on Linux can compare them with the WiX source it builds.
#
# Both generators run a script of ours in CPack's staging tree before packing
# (CPACK_PRE_BUILD_SCRIPTS): windeployqt or macdeployqt, the libraries Qt's tools do not
# copy, and the code signature when the signing variables are in the environment.

include(${CMAKE_CURRENT_LIST_DIR}/windows/upgrade-code.cmake)

# --- Windows: WIX -------------------------------------------------------------------------
set(CPACK_WIX_UPGRADE_GUID ${MB_WIX_UPGRADE_GUID})
set(CPACK_WIX_PRODUCT_ICON ${CMAKE_CURRENT_LIST_DIR}/windows/mailbox-browser.ico)
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT ${PROJECT_HOMEPAGE_URL})
# The shortcut straight in the Start menu's list of programs, not in a folder of its own.
set(CPACK_WIX_PROGRAM_MENU_FOLDER .)
set(CPACK_PACKAGE_EXECUTABLES mailbox-browser "Mailbox Browser")
# Per-user, without an administrator, into %LOCALAPPDATA%\Programs\Mailbox Browser: ALLUSERS=2
# with MSIINSTALLPERUSER=1, and our template for the package's "no elevation" bit. (CPack's
# CPACK_WIX_INSTALL_SCOPE documents perUser as not supported yet, up to CMake 4.2.)
set(CPACK_WIX_TEMPLATE ${CMAKE_CURRENT_LIST_DIR}/windows/WIX.template.in)
set(CPACK_WIX_PROPERTY_ALLUSERS 2)
set(CPACK_WIX_PROPERTY_MSIINSTALLPERUSER 1)
# One page before the install: the licence (CPACK_RESOURCE_FILE_LICENSE, as RTF), then Install.
# The template refers to this dialog set; a per-user install has no folder to choose.
set(CPACK_WIX_UI_REF WixUI_Minimal)

# --- macOS: DragNDrop ---------------------------------------------------------------------
set(CPACK_DMG_VOLUME_NAME "Mailbox Browser")
set(CPACK_DMG_FORMAT UDZO)
# The licence is a file in the DMG beside the app (see packaging/CMakeLists.txt), not a
# licence agreement shown on opening it (CMP0133; macOS no longer shows those well).
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)

# --- the deploy step in CPack's staging tree ----------------------------------------------
# Variables named CPACK_* reach the scripts through CPackConfig.cmake.
if(WIN32 OR APPLE)
    if(WIN32)
        set(deploy_tool windeployqt)
        list(APPEND CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/windows/deploy.cmake)
    else()
        set(deploy_tool macdeployqt)
        list(APPEND CPACK_PRE_BUILD_SCRIPTS ${CMAKE_CURRENT_LIST_DIR}/macos/deploy.cmake)
    endif()
    find_program(MB_DEPLOYQT NAMES ${deploy_tool} ${deploy_tool}6
        HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${Qt6_DIR}/../../../bin")
    set(CPACK_MB_DEPLOYQT ${MB_DEPLOYQT})
    # QtKeychain is not a Qt module: Qt's deploy tools leave it out.
    get_target_property(CPACK_MB_KEYCHAIN_LIBRARY Qt6Keychain::Qt6Keychain LOCATION)
    if(MSVC)
        # The C++ runtime DLLs go next to the programs: a per-user install cannot run the
        # VC++ redistributable, which needs an administrator.
        set(CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS_SKIP TRUE) # only find them; no install rule
        include(InstallRequiredSystemLibraries)
        set(CPACK_MB_RUNTIME_LIBRARIES ${CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS})
    endif()
endif()
