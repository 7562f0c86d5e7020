# Run by CPack (CPACK_PRE_BUILD_SCRIPTS, see packaging/CPackPlatforms.cmake) in its staging
# tree, before the MSI is made from it: makes the installed programs run on a Windows
# without Qt, and signs them when a certificate is given.
#
# Signing (optional), from the environment of the cpack run:
#   MB_WINDOWS_SIGN_PFX           path of a .pfx code-signing certificate
#   MB_WINDOWS_SIGN_PFX_PASSWORD  its password
#   MB_WINDOWS_TIMESTAMP_URL      RFC 3161 time-stamp server (default: DigiCert's)

if(NOT CPACK_GENERATOR STREQUAL "WIX")
    return()
endif()

file(GLOB_RECURSE app "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/mailbox-browser.exe")
if(NOT app)
    message(FATAL_ERROR "deploy: no mailbox-browser.exe under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
list(GET app 0 app)
get_filename_component(bindir "${app}" DIRECTORY)

# Windows finds DLLs next to the program: the sample portal joins the app in bin/ (where the
# demo looks first) instead of getting its own copy of Qt in libexec/.
if(NOT EXISTS "${bindir}/b24-fake-portal.exe")
    file(GLOB_RECURSE portal "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/b24-fake-portal.exe")
    if(portal)
        list(GET portal 0 portal)
        get_filename_component(portal_dir "${portal}" DIRECTORY)
        file(RENAME "${portal}" "${bindir}/b24-fake-portal.exe")
        # The folders it leaves empty (libexec/mailbox-browser, libexec) go too.
        while(NOT portal_dir STREQUAL CPACK_TEMPORARY_INSTALL_DIRECTORY)
            file(GLOB left "${portal_dir}/*")
            if(left)
                break()
            endif()
            file(REMOVE_RECURSE "${portal_dir}") # empty, as just seen
            get_filename_component(portal_dir "${portal_dir}" DIRECTORY)
        endwhile()
    endif()
endif()

set(programs "${bindir}/mailbox-browser.exe" "${bindir}/b24mail.exe")
if(EXISTS "${bindir}/b24-fake-portal.exe")
    list(APPEND programs "${bindir}/b24-fake-portal.exe")
endif()

if(NOT CPACK_MB_DEPLOYQT)
    message(FATAL_ERROR "deploy: windeployqt was not found when the build was configured")
endif()
# No compiler runtime installer (it needs an administrator; the DLLs are copied below) and
# no software OpenGL (a widgets app does not need it). The SVG plugins draw the icons.
execute_process(
    COMMAND "${CPACK_MB_DEPLOYQT}" --release --no-compiler-runtime --no-opengl-sw
            --include-plugins qsvgicon,qsvg ${programs}
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "deploy: windeployqt failed (${status})")
endif()

foreach(library IN LISTS CPACK_MB_KEYCHAIN_LIBRARY CPACK_MB_RUNTIME_LIBRARIES)
    if(library)
        file(COPY "${library}" DESTINATION "${bindir}")
    endif()
endforeach()

if(DEFINED ENV{MB_WINDOWS_SIGN_PFX} AND NOT "$ENV{MB_WINDOWS_SIGN_PFX}" STREQUAL "")
    find_program(signtool signtool REQUIRED)
    set(timestamp "$ENV{MB_WINDOWS_TIMESTAMP_URL}")
    if(NOT timestamp)
        set(timestamp http://timestamp.digicert.com)
    endif()
    get_filename_component(keychain_dll "${CPACK_MB_KEYCHAIN_LIBRARY}" NAME)
    execute_process(
        COMMAND "${signtool}" sign /f "$ENV{MB_WINDOWS_SIGN_PFX}"
                /p "$ENV{MB_WINDOWS_SIGN_PFX_PASSWORD}"
                /fd SHA256 /tr "${timestamp}" /td SHA256
                ${programs} "${bindir}/${keychain_dll}"
        RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "deploy: signtool failed (${status})")
    endif()
endif()
